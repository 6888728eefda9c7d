package com.allinaccountability.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.Browser;
import com.allinaccountability.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each sample user once on the seeded issue page ACC-1 (bob owns it, alice set it and sponsors it): the panel sits in
 * the right column and offers exactly the forms SPEC's permission table gives that user, and nothing else. The
 * browser console stays free of errors.
 */
class SampleUsersInTheBrowserTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @RegisterExtension
    final Browser browser = new Browser();

    private IssuePage open(String user, String key) {
        return IssuePage.signInAndOpen(browser.driver(), SANDBOX, user, key);
    }

    /** Where the panel sits, and the layout of the form {@code endpoint}, which it opens. */
    private void assertPanelInTheRightColumn(IssuePage page, WebDriver driver, String endpoint) {
        WebElement sidebar = driver.findElement(By.id("viewissuesidebar"));
        WebElement content = driver.findElement(By.id("issue-content"));
        WebElement panel = sidebar.findElement(By.cssSelector(".accountability-panel"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(sidebar.findElement(By.id("accountability-panel-heading")).getText()).isEqualTo("Accountability");
        // AUI's top-label forms: labels above the fields, buttons under them, nothing floated into a label column.
        // Forms are closed until opened, and a closed form has no layout to check: open one first.
        page.form(endpoint);
        java.util.List<WebElement> shown = panel.findElements(By.cssSelector("form.acc-form button[type=submit]")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).as("submit buttons of open forms").isNotEmpty();
        for (WebElement button : shown) {
            WebElement form = button.findElement(By.xpath("./ancestor::form"));
            assertThat(button.getRect().getX() - form.getRect().getX()).as("the button's indent in its form")
                    .isLessThan(40);
        }
        assertThat(sidebar.getRect().getX()).as("the sidebar is right of the issue's details")
                .isGreaterThanOrEqualTo(content.getRect().getX() + content.getRect().getWidth());
        assertThat(panel.getRect().getX() + panel.getRect().getWidth())
                .as("the panel stays inside the window")
                .isLessThanOrEqualTo(driver.manage().window().getSize().getWidth());
    }

    @Test
    void alice_the_lead_may_revise_the_expectation_and_speak_for_herself_but_not_for_the_owner() {
        IssuePage page = open("alice", "ACC-1");

        assertThat(page.stage()).isEqualTo("OWNED");
        // alice edits ACC-1 and holds its SPONSOR declaration, so she may withdraw it but declare nothing more.
        assertThat(page.forms()).containsExactly("expectation", "alignment", "ownership/withdrawal");
        // The forms stay closed behind their buttons, so the panel is short; a click opens one.
        assertThat(page.openForms()).isEmpty();
        assertThat(page.opener("expectation")).isEqualTo("Revise the expectation");
        assertPanelInTheRightColumn(page, browser.driver(), "expectation");
        assertThat(page.form("expectation").value("outcome")).startsWith("Customers export any invoice as a PDF");
        assertThat(page.openForms()).containsExactly("expectation");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void alice_may_verify_the_retrospective_awaiting_her_on_acc_9() {
        IssuePage page = open("alice", "ACC-9");

        assertThat(page.stage()).isEqualTo("RETROSPECTIVE_WRITTEN");
        assertThat(page.healthFlags()).contains("AWAITING_VERIFICATION");
        assertThat(page.forms()).contains("verification").doesNotContain("retrospective", "control", "checkins");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void bob_the_owner_states_control_checks_in_and_writes_the_retrospective() {
        IssuePage page = open("bob", "ACC-1");

        assertPanelInTheRightColumn(page, browser.driver(), "control");
        assertThat(page.forms()).containsExactly("expectation", "alignment", "control", "ownership/withdrawal",
                "checkins", "retrospective");
        assertThat(page.forms()).doesNotContain("verification", "reopen");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void carol_an_editor_may_revise_the_expectation_and_speak_for_herself() {
        IssuePage page = open("carol", "ACC-1");

        assertThat(page.forms()).containsExactly("expectation", "alignment", "ownership");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void dave_who_may_only_browse_gets_no_edit_forms_only_his_own_alignment_and_declaration() {
        IssuePage page = open("dave", "ACC-1");

        assertPanelInTheRightColumn(page, browser.driver(), "alignment");
        // SPEC: align, declare or withdraw is "the user themself, if they may browse the issue"; everything else
        // needs edit rights, ownership or the setter's role.
        assertThat(page.forms()).containsExactly("alignment", "ownership");
        assertThat(page.step("expectation").findElements(By.cssSelector("textarea, input[type=text]"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".sbx-transition"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void erin_who_may_not_browse_acc_gets_the_not_found_page_and_no_record_data() {
        WebDriver driver = browser.driver();
        IssuePage.signIn(driver, SANDBOX, "erin", "/browse/ACC-1");

        IssuePage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(driver.findElement(By.id("not-found")).getText()).startsWith("Issue does not exist");
        assertThat(driver.findElements(By.cssSelector(".accountability-panel"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Customers export any invoice", "PDF");
    }
}
