package com.allinaccountability.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.Browser;
import com.allinaccountability.sandbox.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Waiting for me" as people use it: the header's badge counts the rows of the page it links to, and a row leads to
 * its issue; alice, the administrator, sends the digests from the outbox page and reads them there.
 */
class WaitingForMeInTheBrowserTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_badge_counts_the_rows_and_a_row_leads_to_its_issue() {
        WebDriver driver = browser.driver();
        IssuePage.signIn(driver, SANDBOX, "bob", "/projects/ACC/issues");

        WebElement link = driver.findElement(By.id("nav-waiting"));
        int badge = Integer.parseInt(driver.findElement(By.id("nav-waiting-count")).getText().trim());
        assertThat(badge).isPositive();
        assertThat(driver.findElement(By.id("nav-waiting-count")).getAttribute("class")).contains("aui-badge");
        link.click();
        IssuePage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".accountability-waiting")));

        assertThat(driver.getCurrentUrl()).endsWith("/jira/plugins/servlet/accountability/waiting");
        List<WebElement> rows = driver.findElements(By.cssSelector(".acc-waiting-row"));
        assertThat(rows).hasSize(badge);
        WebElement first = rows.get(0).findElement(By.cssSelector("a"));
        String key = first.getText();
        assertThat(key).startsWith("ACC-");
        assertThat(browser.consoleErrors()).isEmpty();

        first.click();
        IssuePage.wait(driver).until(ExpectedConditions.urlContains("/browse/" + key));
        assertThat(driver.findElement(By.id("key-val")).getText()).isEqualTo(key);
        assertThat(browser.alertsCalled()).isZero();
    }

    @Test
    void alice_sends_the_digests_now_and_reads_them_in_the_outbox() {
        WebDriver driver = browser.driver();
        IssuePage.signIn(driver, SANDBOX, "alice", "/projects/ACC/issues");
        driver.findElement(By.id("nav-outbox")).click();
        IssuePage.wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("send-digests-now")));
        int before = driver.findElements(By.cssSelector("article.sbx-mail")).size();

        driver.findElement(By.id("send-digests-now")).click();
        IssuePage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#digest-run-messages .aui-message-success")));
        IssuePage.wait(driver).until(d -> d.findElements(By.cssSelector("article.sbx-mail")).size() > before);

        List<WebElement> frames = driver.findElements(By.cssSelector("iframe.sbx-mail-frame"));
        assertThat(frames).isNotEmpty();
        driver.switchTo().frame(frames.get(0));
        IssuePage.wait(driver).until(d -> d.findElement(By.tagName("body")).getText().contains("Hello "));
        driver.switchTo().defaultContent();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.alertsCalled()).isZero();
    }
}
