package com.allinaccountability.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.Browser;
import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.browser.IssuePage.Saved;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The five steps through the panel in a real browser, each on a seeded issue whose storyline sets the scene (see
 * {@code SampleData}): users type into the panel's forms and press its buttons; the REST API is only read, to check
 * that what the page says is what was stored.
 */
class PanelStepsInTheBrowserTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @RegisterExtension
    final Browser browser = new Browser();

    @RegisterExtension
    final Browser other = new Browser("second-user");

    private IssuePage open(String user, String key) {
        return IssuePage.signInAndOpen(browser.driver(), SANDBOX, user, key);
    }

    private static void assertSaved(Saved saved) {
        assertThat(saved.succeeded()).as("the panel's answer: %s", saved).isTrue();
    }

    @Test
    void the_lead_sets_an_expectation_on_an_issue_without_a_record() {
        String outcome = "New team members finish the onboarding checklist in their first week.";
        String why = "Two hires last quarter waited a week for accounts.";
        LocalDate target = LocalDate.now().plusDays(21);
        IssuePage page = open("alice", "ACC-2");
        assertThat(page.stage()).isEqualTo("NONE");

        assertSaved(page.form("expectation").type("outcome", outcome).type("why", why).date("targetDate", target)
                .type("goalLink", "ACC-24").save());

        assertThat(page.stage()).isEqualTo("EXPECTATION_SET");
        assertThat(page.fieldTexts("expectation", "outcome")).containsExactly(outcome);
        assertThat(page.fieldTexts("expectation", "targetDate")).containsExactly(target.toString());
        JsonNode expectation = RecordState.record(SANDBOX, "ACC-2").path("expectation");
        assertThat(expectation.path("outcome").asText()).isEqualTo(outcome);
        assertThat(expectation.path("why").asText()).isEqualTo(why);
        assertThat(expectation.path("targetDate").asText()).isEqualTo(target.toString());
        assertThat(expectation.path("goalLink").asText()).isEqualTo("ACC-24");
        assertThat(expectation.path("setBy").asText()).isEqualTo("alice");
        assertThat(expectation.path("revision").asInt()).isEqualTo(1);

        page.reload();
        assertThat(page.stage()).as("the server-rendered panel after a reload").isEqualTo("EXPECTATION_SET");
        assertThat(page.fieldTexts("expectation", "outcome")).containsExactly(outcome);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void the_assignee_aligns_declares_ownership_and_states_control() {
        IssuePage page = open("bob", "ACC-3");
        assertThat(page.forms()).doesNotContain("control");

        assertSaved(page.form("alignment").pick("state", "ALIGNED").save());
        assertSaved(page.form("ownership").choose("role", "OWNER")
                .type("statement", "I own the upgrade, including the CI images.").save());
        assertThat(page.forms()).as("once he owns it").contains("control", "ownership/withdrawal")
                .doesNotContain("ownership");
        assertSaved(page.form("control").type("levers", "I choose the order of the modules.")
                .type("support", "Half a day of the build engineer.").choose("rating", "4").save());

        assertThat(page.stage()).isEqualTo("OWNED");
        assertThat(page.step("alignment").findElement(By.cssSelector(".acc-entry")).getAttribute("data-status"))
                .isEqualTo("ALIGNED");
        assertThat(page.fieldTexts("ownership", "statement"))
                .containsExactly("I own the upgrade, including the CI images.");
        assertThat(page.fieldTexts("control", "levers")).containsExactly("I choose the order of the modules.");
        JsonNode record = RecordState.record(SANDBOX, "ACC-3");
        assertThat(record.path("alignments").get(0).path("user").asText()).isEqualTo("bob");
        assertThat(record.path("alignments").get(0).path("state").asText()).isEqualTo("ALIGNED");
        assertThat(record.path("alignments").get(0).path("current").asBoolean()).isTrue();
        assertThat(record.path("ownership").get(0).path("role").asText()).isEqualTo("OWNER");
        assertThat(record.path("ownership").get(0).path("user").asText()).isEqualTo("bob");
        assertThat(record.path("control").path("rating").asInt()).isEqualTo(4);
        assertThat(record.path("control").path("support").asText()).isEqualTo("Half a day of the build engineer.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void a_revised_outcome_puts_the_owners_alignment_back_to_pending() {
        IssuePage lead = open("alice", "ACC-1");
        assertThat(lead.step("alignment").findElement(By.cssSelector(".acc-entry")).getAttribute("data-status"))
                .isEqualTo("ALIGNED");

        assertSaved(lead.form("expectation").type("outcome", "Customers export any invoice as a PDF, also from the "
                + "mobile app.").save());

        assertThat(lead.healthFlags()).contains("ALIGNMENT_PENDING");
        assertThat(lead.step("alignment").findElement(By.cssSelector(".acc-entry")).getAttribute("data-status"))
                .isEqualTo("PENDING");
        JsonNode record = RecordState.record(SANDBOX, "ACC-1");
        assertThat(record.path("expectation").path("revision").asInt()).isEqualTo(2);
        assertThat(record.path("alignments").get(0).path("current").asBoolean()).isFalse();

        // The owner sees it too, and may align to the new revision.
        IssuePage owner = IssuePage.signInAndOpen(other.driver(), SANDBOX, "bob", "ACC-1");
        assertThat(owner.healthFlags()).contains("ALIGNMENT_PENDING");
        assertThat(owner.step("alignment").findElement(By.cssSelector(".acc-entry")).getAttribute("data-status"))
                .isEqualTo("PENDING");
        assertSaved(owner.form("alignment").pick("state", "ALIGNED").save());
        assertThat(owner.healthFlags()).doesNotContain("ALIGNMENT_PENDING");
        assertThat(RecordState.record(SANDBOX, "ACC-1").path("alignments").findValuesAsText("current"))
                .contains("true");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(other.consoleErrors()).isEmpty();
    }

    @Test
    void a_transition_is_refused_with_the_gates_message_until_the_steps_are_done() {
        IssuePage page = open("carol", "ACC-7");
        assertThat(page.statusLozenge()).isEqualTo("TO DO");

        page.clickTransition("11");

        assertThat(page.transitionRefusals()).contains("carol has concerns about the expectation that are not "
                + "resolved.", "Nobody has declared ownership of the outcome.");
        assertThat(page.statusLozenge()).isEqualTo("TO DO");
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-7").orElseThrow().status()).isEqualTo("To Do");
        browser.driver().findElement(By.cssSelector("#transition-messages a.sbx-to-panel")).click();
        page.waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "var r = document.getElementById('accountability-panel-heading').getBoundingClientRect();"
                        + "return r.top >= 0 && r.top < window.innerHeight;"));

        assertSaved(page.form("alignment").pick("state", "ALIGNED").save());
        assertSaved(page.form("ownership").choose("role", "OWNER")
                .type("statement", "The mail server question is settled; I own the digest.").save());
        page.clickTransition("11");

        page.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#status-val .aui-lozenge"), "IN PROGRESS"));
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-7").orElseThrow().status()).isEqualTo("In Progress");
        // The refusal is Jira's 400, which the console lists as a failed request; nothing else may fail.
        assertThat(browser.consoleErrors()).filteredOn(line -> !line.contains("/transitions - Failed to load "
                + "resource: the server responded with a status of 400")).isEmpty();
    }

    @Test
    void the_owner_writes_the_retrospective_and_the_setter_verifies_it_which_locks_the_record() {
        IssuePage owner = open("bob", "ACC-10");
        assertThat(owner.healthFlags()).contains("RETRO_MISSING");

        assertSaved(owner.form("retrospective").choose("result", "MET")
                .type("evidence", "Bulk-moved 200 issues in staging; every record kept.")
                .type("wentWell", "A test per bulk operation.").type("toImprove", "Ask the admins earlier.")
                .type("lessons", "Bulk paths skip listeners.").type("nextCommitment", "Cover bulk delete next.")
                .save());
        assertThat(owner.stage()).isEqualTo("RETROSPECTIVE_WRITTEN");
        assertThat(owner.healthFlags()).contains("AWAITING_VERIFICATION").doesNotContain("RETRO_MISSING");

        IssuePage setter = IssuePage.signInAndOpen(other.driver(), SANDBOX, "alice", "ACC-10");
        assertThat(setter.fieldTexts("retrospective", "evidence"))
                .containsExactly("Bulk-moved 200 issues in staging; every record kept.");
        assertSaved(setter.form("verification").pick("agrees", "true").type("note", "Checked it in staging.").save());

        assertThat(setter.stage()).isEqualTo("VERIFIED");
        assertThat(setter.panel().findElements(By.cssSelector(".acc-locked"))).hasSize(1);
        assertThat(setter.forms()).as("a locked record only offers reopening").containsExactly("reopen");
        JsonNode record = RecordState.record(SANDBOX, "ACC-10");
        assertThat(record.path("locked").asBoolean()).isTrue();
        assertThat(record.path("verification").path("verifier").asText()).isEqualTo("alice");
        assertThat(record.path("verification").path("agrees").asBoolean()).isTrue();
        assertThat(record.path("retrospective").path("result").asText()).isEqualTo("MET");

        owner.reload();
        assertThat(owner.stage()).isEqualTo("VERIFIED");
        assertThat(owner.panel().findElements(By.cssSelector(".acc-locked"))).hasSize(1);
        assertThat(owner.forms()).as("the owner cannot change a verified retrospective").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(other.consoleErrors()).isEmpty();
    }
}
