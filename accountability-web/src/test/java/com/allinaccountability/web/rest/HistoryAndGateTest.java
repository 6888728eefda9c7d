package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** {@code GET /issues/{issueKey}/history} and {@code GET /issues/{issueKey}/gate}. */
class HistoryAndGateTest extends RestHarness {

    @Test
    void history_is_newest_first_as_a_plain_array_with_paging_in_headers() {
        ownedByBob();

        Response response = get(ISSUE + "/history", "dave");
        String total = response.getHeaderString(IssueResource.TOTAL_COUNT);
        JsonNode history = expect(response, 200);

        assertThat(history.isArray()).isTrue();
        assertThat(Integer.parseInt(total)).isEqualTo(history.size()).isGreaterThan(3);
        assertThat(history.get(0).get("field").asText()).isEqualTo("ownership.OWNER");
        assertThat(history.get(0).get("to").asText()).isEqualTo("bob");
        assertThat(RecordEndpointTest.names(history.get(0))).containsExactly("at", "user", "field", "from", "to");
        assertThat(history.get(history.size() - 1).get("user").asText()).isEqualTo("ed");
    }

    @Test
    void history_pages_with_start_at_and_max_results() {
        ownedByBob();
        JsonNode all = expect(get(ISSUE + "/history", "dave"), 200);

        Response response = get(ISSUE + "/history?startAt=1&maxResults=2", "dave");
        assertThat(response.getHeaderString(IssueResource.START_AT)).isEqualTo("1");
        assertThat(response.getHeaderString(IssueResource.MAX_RESULTS)).isEqualTo("2");
        JsonNode page = expect(response, 200);

        assertThat(page).hasSize(2);
        assertThat(page.get(0)).isEqualTo(all.get(1));
        assertThat(page.get(1)).isEqualTo(all.get(2));
    }

    @Test
    void bad_paging_is_400_naming_the_parameter() {
        expect(get(ISSUE + "/history?startAt=x", "dave"), 400);
        JsonNode tooMany = expect(get(ISSUE + "/history?maxResults=1000", "dave"), 400);
        JsonNode none = expect(get(ISSUE + "/history?maxResults=0", "dave"), 400);

        assertThat(tooMany.get("errors").has("maxResults")).isTrue();
        assertThat(none.get("errors").has("maxResults")).isTrue();
    }

    @Test
    void history_of_an_issue_the_caller_may_not_browse_is_404() {
        expect(get(ISSUE + "/history", "erin"), 404);
        expect(get(ISSUE + "/history", null), 404);
    }

    @Test
    void the_gate_names_every_missing_requirement_with_its_reason_and_message_key() {
        JsonNode verdict = expect(get(ISSUE + "/gate?requirements=EXPECTATION_SET,OWNERSHIP_DECLARED", "dave"), 200);

        assertThat(verdict.get("passed").asBoolean()).isFalse();
        assertThat(verdict.get("missing")).hasSize(2);
        JsonNode first = verdict.get("missing").get(0);
        assertThat(first.get("requirement").asText()).isEqualTo("EXPECTATION_SET");
        assertThat(first.get("reason").asText()).isNotBlank();
        assertThat(first.get("messageKey").asText()).isEqualTo("accountability.gate.missing.EXPECTATION_SET");
    }

    @Test
    void the_gate_passes_once_the_steps_are_done() {
        ownedByBob();

        JsonNode verdict = expect(get(ISSUE + "/gate?requirements=EXPECTATION_SET,WHY_STATED,OWNER_ALIGNED,"
                + "OWNERSHIP_DECLARED", "dave"), 200);

        assertThat(verdict.get("passed").asBoolean()).isTrue();
        assertThat(verdict.get("missing")).isEmpty();
    }

    @Test
    void owner_must_be_assignee_is_checked_when_asked() {
        setExpectation("ed");
        declare("carol", "OWNER");

        JsonNode relaxed = expect(get(ISSUE + "/gate?requirements=OWNERSHIP_DECLARED", "dave"), 200);
        JsonNode strict = expect(get(ISSUE + "/gate?requirements=OWNERSHIP_DECLARED&ownerMustBeAssignee=true",
                "dave"), 200);

        assertThat(relaxed.get("passed").asBoolean()).isTrue();
        assertThat(strict.get("passed").asBoolean()).isFalse();
        assertThat(strict.get("missing").get(0).get("reason").asText()).contains("carol");
    }

    @Test
    void without_requirements_the_gate_checks_the_project_policy_for_the_next_status_category() {
        expect(put("/projects/ACC/policy", "alice", """
                {"issueTypes":[],"rules":[{"toStatusCategory":"indeterminate","requirements":["EXPECTATION_SET"]}],
                 "ownerMustBeAssignee":false,"checkinCadenceDays":7,"version":0}"""), 200);

        JsonNode verdict = expect(get(ISSUE + "/gate", "dave"), 200);

        assertThat(verdict.get("passed").asBoolean()).isFalse();
        assertThat(verdict.get("missing").get(0).get("requirement").asText()).isEqualTo("EXPECTATION_SET");
    }

    @Test
    void an_unknown_requirement_or_flag_is_400() {
        JsonNode error = expect(get(ISSUE + "/gate?requirements=EXPECTATION_SET,BE_NICE", "dave"), 400);
        expect(get(ISSUE + "/gate?requirements=EXPECTATION_SET&ownerMustBeAssignee=yes", "dave"), 400);

        assertThat(error.get("errors").get("requirements").asText()).contains("BE_NICE");
    }

    @Test
    void the_gate_of_an_issue_the_caller_may_not_browse_is_404() {
        expect(get(ISSUE + "/gate?requirements=EXPECTATION_SET", "erin"), 404);
    }
}
