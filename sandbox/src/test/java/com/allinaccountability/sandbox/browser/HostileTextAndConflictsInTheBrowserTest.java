package com.allinaccountability.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.Browser;
import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.browser.IssuePage.Saved;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Markup typed by users stays text on every path that shows it (the server-rendered panel, the script's re-render
 * after a save, the history table), and two sessions editing one record get a conflict, never a silent overwrite.
 */
class HostileTextAndConflictsInTheBrowserTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @RegisterExtension
    final Browser browser = new Browser();

    @RegisterExtension
    final Browser other = new Browser("second-session");

    private void assertNoForeignMarkup(IssuePage page, Browser in) {
        assertThat(page.panel().findElements(By.tagName("img"))).as("img elements in the panel").isEmpty();
        assertThat(page.panel().findElements(By.tagName("script"))).isEmpty();
        assertThat(in.alertsCalled()).as("alert/confirm/prompt calls").isZero();
    }

    @Test
    void markup_that_slipped_past_escaping_still_cannot_run_under_the_content_security_policy() {
        IssuePage page = IssuePage.signInAndOpen(browser.driver(), SANDBOX, "alice", "ACC-1");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();

        // What an escaping slip would put into the page: an inline handler, an inline script, a javascript: URL.
        js.executeScript("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', function (e) {
                  window.__cspViolations.push(e.violatedDirective);
                });
                document.getElementById('content').insertAdjacentHTML('beforeend',
                  '<img id="slip" src="data:," onerror="window.__ran = (window.__ran || 0) + 1">'
                  + '<a id="slip-link" href="javascript:window.__ran=(window.__ran||0)+1">x</a>');
                var script = document.createElement('script');
                script.textContent = 'window.__ran = (window.__ran || 0) + 1;';
                document.body.appendChild(script);
                document.getElementById('slip-link').click();
                """);
        IssuePage.wait(browser.driver()).until(d -> ((Number) js.executeScript(
                "return window.__cspViolations.length;")).intValue() >= 3);

        assertThat(js.executeScript("return window.__ran || 0;")).as("injected code that ran").isEqualTo(0L);
        assertThat(page.panel().isDisplayed()).as("the panel's own script still works").isTrue();
    }

    @Test
    void the_seeded_hostile_outcome_of_acc_23_reads_back_byte_for_byte_as_text() {
        IssuePage page = IssuePage.signInAndOpen(browser.driver(), SANDBOX, "alice", "ACC-23");

        assertThat(page.fieldTexts("expectation", "outcome"))
                .containsExactly(HOSTILE + " is shown as text, never run.");
        assertThat(page.fieldTexts("expectation", "why")).containsExactly(
                "Markup in a field must never run in anyone's browser: \"quotes\" & 'apostrophes' too.");
        assertThat(page.form("expectation").value("outcome")).isEqualTo(HOSTILE + " is shown as text, never run.");
        assertNoForeignMarkup(page, browser);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_hostile_string_typed_into_the_panel_shows_as_text_after_the_save_a_reload_and_in_the_history() {
        String outcome = HOSTILE + " & </textarea><b>bold?</b> \"quoted\" 'single' ${x} $!y #set($z=1) \u00e9\u4e2d";
        String why = "<script>alert(2)</script>";
        IssuePage page = IssuePage.signInAndOpen(browser.driver(), SANDBOX, "alice", "ACC-25");

        Saved saved = page.form("expectation").type("outcome", outcome).type("why", why)
                .date("targetDate", LocalDate.now().plusDays(30)).type("goalLink", HOSTILE).save();

        assertThat(saved.succeeded()).as(saved.toString()).isTrue();
        // Rendered by the panel's script from the REST answer.
        assertThat(page.fieldTexts("expectation", "outcome")).containsExactly(outcome);
        assertThat(page.fieldTexts("expectation", "why")).containsExactly(why);
        assertThat(page.fieldTexts("expectation", "goalLink")).containsExactly(HOSTILE);
        assertNoForeignMarkup(page, browser);
        assertThat(RecordState.record(SANDBOX, "ACC-25").path("expectation").path("outcome").asText())
                .isEqualTo(outcome);

        // Rendered by the Velocity template on the server.
        page.reload();
        assertThat(page.fieldTexts("expectation", "outcome")).containsExactly(outcome);
        assertThat(page.fieldTexts("expectation", "goalLink")).containsExactly(HOSTILE);
        assertThat(page.form("expectation").value("outcome")).isEqualTo(outcome);
        assertThat(page.form("expectation").value("goalLink")).isEqualTo(HOSTILE);
        assertNoForeignMarkup(page, browser);

        // Rendered by the script from the history endpoint.
        page.step("history").findElement(By.cssSelector(".acc-history-load")).click();
        page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".acc-history-table")));
        page.waiting().until(d -> !page.step("history").findElements(By.cssSelector("tbody td")).isEmpty());
        assertThat(page.step("history").findElements(By.cssSelector("tbody td")).stream()
                .map(td -> td.getAttribute("textContent")).toList()).contains(outcome, why);
        assertThat(page.step("history").findElement(By.cssSelector("td[data-field='expectation.outcome']"))
                .getText()).as("the field's label, not its key").isEqualTo("Expected outcome");
        assertNoForeignMarkup(page, browser);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_second_of_two_sessions_saving_the_same_record_gets_the_conflict_message_and_a_reload() {
        IssuePage first = IssuePage.signInAndOpen(browser.driver(), SANDBOX, "alice", "ACC-6");
        IssuePage second = IssuePage.signInAndOpen(other.driver(), SANDBOX, "bob", "ACC-6");
        String winner = "Teams read their accountability report in Confluence, with charts.";

        Saved firstSave = first.form("expectation").type("outcome", winner).save();
        Saved secondSave = second.form("expectation").type("outcome", "Teams get the report by e-mail.").save();

        assertThat(firstSave.succeeded()).as(firstSave.toString()).isTrue();
        assertThat(secondSave.conflict()).as(secondSave.toString()).isTrue();
        assertThat(secondSave.text()).startsWith("Someone changed this record since you loaded it.");
        assertThat(RecordState.record(SANDBOX, "ACC-6").path("expectation").path("outcome").asText())
                .isEqualTo(winner);

        WebElement reload = second.message().orElseThrow().findElement(By.tagName("button"));
        reload.click();
        second.waiting().until(ExpectedConditions.stalenessOf(reload));
        second.waitForPanel();
        assertThat(second.fieldTexts("expectation", "outcome")).containsExactly(winner);
        assertThat(second.form("expectation").value("outcome")).isEqualTo(winner);
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(other.consoleErrors()).filteredOn(line -> !line.contains("409")).isEmpty();
    }
}
