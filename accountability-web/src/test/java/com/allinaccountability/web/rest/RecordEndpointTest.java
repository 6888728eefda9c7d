package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /issues/{issueKey}}: SPEC's shape, who may read it, and that reading never writes. */
class RecordEndpointTest extends RestHarness {

    @Test
    void an_untouched_issue_answers_an_empty_record_with_the_contracts_fields() {
        JsonNode record = expect(get(ISSUE, "dave"), 200);

        assertThat(names(record)).contains("issueKey", "version", "stage", "health", "expectation", "alignments",
                "control", "ownership", "retrospective", "verification", "checkins", "performance", "locked",
                "revisions", "permissions");
        assertThat(record.get("issueKey").asText()).isEqualTo("ACC-1");
        assertThat(record.get("version").asLong()).isZero();
        assertThat(record.get("stage").asText()).isEqualTo("NONE");
        assertThat(record.get("expectation").isNull()).isTrue();
        assertThat(record.get("control").isNull()).isTrue();
        assertThat(record.get("alignments")).isEmpty();
        assertThat(record.get("locked").asBoolean()).isFalse();
        JsonNode performance = record.get("performance");
        assertThat(names(performance)).contains("status", "statusCategory", "assignee", "reporter", "dueDate",
                "created", "resolved", "agreedDate", "daysLate", "onTime", "originalEstimate", "timeSpent");
        assertThat(performance.get("statusCategory").asText()).isEqualTo("new");
        assertThat(performance.get("assignee").asText()).isEqualTo("bob");
        assertThat(performance.get("created").asText()).isEqualTo("2026-01-05T09:00:00Z");
        assertThat(performance.get("originalEstimate").asLong()).isEqualTo(28_800);
        assertThat(performance.get("resolved").isNull()).isTrue();
    }

    @Test
    void a_full_record_carries_every_step_with_the_contracts_field_names() {
        ownedByBob();
        expect(put(ISSUE + "/control", "bob", """
                {"levers":"Scope","support":"A designer","rating":4,"version":%d}""".formatted(version(ISSUE))), 200);
        expect(post(ISSUE + "/checkins", "bob", """
                {"status":"AT_RISK","note":"API late","forecastDate":"2026-04-02","version":%d}"""
                .formatted(version(ISSUE))), 200);
        retrospective("bob");
        verify("ed");

        JsonNode record = expect(get(ISSUE, "dave"), 200);

        assertThat(record.get("stage").asText()).isEqualTo("VERIFIED");
        assertThat(record.get("locked").asBoolean()).isTrue();
        assertThat(names(record.get("expectation"))).contains("outcome", "why", "targetDate", "goalLink",
                "revision", "setBy", "setAt");
        assertThat(record.get("expectation").get("targetDate").asText()).isEqualTo("2026-03-31");
        assertThat(record.get("expectation").get("setBy").asText()).isEqualTo("ed");
        assertThat(names(record.get("alignments").get(0))).contains("user", "state", "comment", "proposedDate",
                "revision", "current", "at");
        assertThat(record.get("alignments").get(0).get("current").asBoolean()).isTrue();
        assertThat(names(record.get("control"))).contains("levers", "support", "rating");
        assertThat(names(record.get("ownership").get(0))).contains("user", "role", "statement", "declaredAt",
                "withdrawnAt", "withdrawReason");
        assertThat(names(record.get("retrospective"))).contains("result", "evidence", "wentWell", "toImprove",
                "lessons", "nextCommitment", "author", "at", "judgedRevision");
        assertThat(names(record.get("verification"))).contains("verifier", "agrees", "note", "at");
        assertThat(names(record.get("checkins").get(0))).contains("user", "status", "note", "forecastDate", "at");
        assertThat(record.get("checkins").get(0).get("forecastDate").asText()).isEqualTo("2026-04-02");
        assertThat(record.get("performance").get("agreedDate").asText()).isEqualTo("2026-03-31");
        assertThat(record.get("permissions").get("verify").asBoolean()).isFalse();
    }

    @Test
    void a_user_who_may_browse_sees_the_record_but_may_not_write() {
        setExpectation("ed");

        JsonNode record = expect(get(ISSUE, "dave"), 200);

        assertThat(record.get("expectation").get("outcome").asText()).isEqualTo("Checkout converts 5% better");
        JsonNode permissions = record.get("permissions");
        assertThat(permissions.get("setExpectation").asBoolean()).isFalse();
        assertThat(permissions.get("stateControl").asBoolean()).isFalse();
        assertThat(permissions.get("verify").asBoolean()).isFalse();
        assertThat(permissions.get("align").asBoolean()).as("everyone speaks for themself").isTrue();
    }

    @Test
    void an_unknown_issue_is_404_in_jiras_error_shape() {
        JsonNode error = expect(get("/issues/ACC-999", "alice"), 404);

        assertThat(error.get("errorMessages").get(0).asText()).contains("does not exist");
        assertThat(error.get("errors").isObject()).isTrue();
    }

    @Test
    void an_issue_the_caller_may_not_browse_is_404_as_if_it_did_not_exist() {
        setExpectation("ed");

        JsonNode error = expect(get(ISSUE, "erin"), 404);

        assertThat(error.toString()).doesNotContain("Checkout");
        expect(get(ISSUE, null), 404);
    }

    @Test
    void a_get_never_writes() {
        expect(get(ISSUE, "alice"), 200);
        expect(get(ISSUE + "/history", "alice"), 200);
        expect(get(ISSUE + "/gate?requirements=EXPECTATION_SET", "alice"), 200);
        expect(get("/projects/ACC/policy", "alice"), 200);

        assertThat(store.load(acc1.issueId())).isEmpty();
        assertThat(store.historySize(acc1.issueId())).isZero();
        assertThat(store.policy(acc1.projectId()).version()).isZero();
    }

    @Test
    void answers_are_not_cached() {
        assertThat(get(ISSUE, "alice").getHeaderString("Cache-Control")).contains("no-store");
    }

    @Test
    void an_unknown_path_is_404_in_jiras_error_shape() {
        JsonNode error = expect(get("/issues/ACC-1/nothing-here", "alice"), 404);

        assertThat(error.has("errorMessages")).isTrue();
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
