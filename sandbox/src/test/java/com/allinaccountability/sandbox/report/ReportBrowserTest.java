package com.allinaccountability.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.Browser;
import com.allinaccountability.sandbox.SandboxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The project report and the Confluence-like macro page, in Chromium, over the seeded sample records. */
class ReportBrowserTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @RegisterExtension
    final Browser browser = new Browser();

    private void logInAs(WebDriver driver, String user, String destination) {
        driver.get(SANDBOX.uri("/login.jsp?os_destination=" + destination).toString());
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        driver.findElement(By.id("login-form-submit")).click();
    }

    private WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    void alice_opens_the_report_from_the_issue_list_and_sees_charts_and_lessons() {
        WebDriver driver = browser.driver();
        logInAs(driver, "alice", "/projects/ACC/issues");
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("accountability-report-link"))).click();

        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".accountability-report")));
        assertThat(driver.findElements(By.cssSelector(".accountability-report svg"))).hasSize(3);
        assertThat(driver.findElement(By.cssSelector(".acc-report-issues strong")).getText()).isEqualTo("22");
        assertThat(driver.findElements(By.cssSelector(".acc-report-lessons tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".accountability-report rect.acc-chart-bar")))
                .anySatisfy(bar -> assertThat(Integer.parseInt(bar.getAttribute("width"))).isPositive());
    }

    @Test
    void a_narrower_period_counts_fewer_issues() {
        WebDriver driver = browser.driver();
        logInAs(driver, "dave", "/projects/ACC/accountability-report");
        WebDriverWait wait = waitFor(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".accountability-report")));
        int all = Integer.parseInt(driver.findElement(By.cssSelector(".acc-report-issues strong")).getText());

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        driver.get(SANDBOX.uri("/projects/ACC/accountability-report?from=" + today + "&to=" + today).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".accountability-report")));
        int today_only = Integer.parseInt(driver.findElement(By.cssSelector(".acc-report-issues strong")).getText());

        assertThat(today_only).isLessThan(all);
    }

    @Test
    void the_confluence_page_shows_the_macro_output_and_its_warning_for_a_project_the_viewer_may_not_see() {
        WebDriver driver = browser.driver();
        logInAs(driver, "carol", "/projects/ACC/confluence-report");
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".accountability-report")));
        assertThat(driver.findElements(By.cssSelector(".acc-confluence-page svg"))).hasSize(3);

        driver.get(SANDBOX.uri("/projects/ACC/confluence-report?project=NOPE").toString());
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".confluence-information-macro-warning")));
        assertThat(driver.findElement(By.cssSelector(".confluence-information-macro-warning .title")).getText())
                .isEqualTo("No permission in Jira");
    }
}
