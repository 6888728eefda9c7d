package com.allinaccountability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.hooks.TransitionGate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class SandboxBrowserTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)> is not allowed yet";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(host -> Extensions.none().withTransitionGate(
            (caller, issue, target) -> target == StatusCategory.DONE
                    ? TransitionGate.Refusal.of(HOSTILE)
                    : TransitionGate.Refusal.NONE));

    @RegisterExtension
    final Browser browser = new Browser();

    private WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private void logInAs(WebDriver driver, String user, String destination) {
        driver.get(SANDBOX.uri("/login.jsp?os_destination=" + destination).toString());
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        driver.findElement(By.id("login-form-submit")).click();
    }

    @Test
    void alice_signs_in_and_sees_acc_1_with_the_aui_header() {
        WebDriver driver = browser.driver();

        logInAs(driver, "alice", "/browse/ACC-1");

        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-val")));
        assertThat(driver.getCurrentUrl()).endsWith("/jira/browse/ACC-1");
        assertThat(driver.findElement(By.id("summary-val")).getText())
                .isEqualTo("Customers can export their invoices as PDF");
        assertThat(driver.findElement(By.cssSelector("nav.aui-header")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("header-details-user-fullname")).getText()).isEqualTo("Alice Anderson");
        assertThat(driver.findElements(By.cssSelector("aside.aui-page-panel-sidebar #accountability-panel-host")))
                .as("the panel's place in the right column").hasSize(1);
        // AUI's own stylesheet and script are served locally and applied.
        assertThat(driver.findElement(By.cssSelector("#status-val .aui-lozenge")).getCssValue("text-transform"))
                .isEqualTo("uppercase");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return !!(window.AJS && window.AJS.messages && window.jQuery)")).isTrue();
    }

    @Test
    void a_refused_transition_shows_the_gate_message_as_text_and_an_allowed_one_moves_the_issue() {
        WebDriver driver = browser.driver();
        logInAs(driver, "bob", "/browse/ACC-5");
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("action_id_31"))).click();

        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#transition-messages .sbx-refusal")));
        assertThat(driver.findElement(By.cssSelector("#transition-messages .sbx-refusal")).getText())
                .isEqualTo(HOSTILE);
        assertThat(driver.findElements(By.cssSelector("#transition-messages img"))).isEmpty();
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-5").orElseThrow().status()).isEqualTo("In Review");

        driver.findElement(By.id("action_id_51")).click();
        waitFor(driver).until(ExpectedConditions.textToBe(By.cssSelector("#status-val .aui-lozenge"),
                "IN PROGRESS"));
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-5").orElseThrow().status()).isEqualTo("In Progress");
    }
}
