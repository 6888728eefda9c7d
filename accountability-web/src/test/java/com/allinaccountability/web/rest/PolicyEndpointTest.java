package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code GET|PUT /projects/{projectKey}/policy}: anyone who browses the project reads, project admins change. */
class PolicyEndpointTest extends RestHarness {
    private static final String POLICY = """
            {"issueTypes":["Story","Epic"],
             "rules":[{"toStatusCategory":"indeterminate","requirements":["OWNER_ALIGNED","EXPECTATION_SET"]},
                      {"toStatusCategory":"done","requirements":["RETROSPECTIVE_WRITTEN"]}],
             "ownerMustBeAssignee":true,"checkinCadenceDays":14,"version":%d}""";

    @Test
    void a_project_without_a_policy_answers_the_empty_one() {
        JsonNode policy = expect(get("/projects/ACC/policy", "dave"), 200);

        assertThat(policy.get("issueTypes")).isEmpty();
        assertThat(policy.get("rules")).isEmpty();
        assertThat(policy.get("ownerMustBeAssignee").asBoolean()).isFalse();
        assertThat(policy.get("checkinCadenceDays").asInt()).isEqualTo(7);
        assertThat(policy.get("version").asLong()).isZero();
    }

    @Test
    void a_project_admin_changes_the_policy_and_everyone_who_browses_reads_it() {
        JsonNode saved = expect(put("/projects/ACC/policy", "alice", POLICY.formatted(0)), 200);

        assertThat(saved.get("version").asLong()).isEqualTo(1);
        JsonNode read = expect(get("/projects/ACC/policy", "dave"), 200);
        assertThat(read.get("issueTypes").toString()).isEqualTo("[\"Epic\",\"Story\"]");
        assertThat(read.get("rules").get(0).get("toStatusCategory").asText()).isEqualTo("indeterminate");
        assertThat(read.get("rules").get(0).get("requirements").toString())
                .isEqualTo("[\"EXPECTATION_SET\",\"OWNER_ALIGNED\"]");
        assertThat(read.get("rules").get(1).get("toStatusCategory").asText()).isEqualTo("done");
        assertThat(read.get("ownerMustBeAssignee").asBoolean()).isTrue();
        assertThat(read.get("checkinCadenceDays").asInt()).isEqualTo(14);
    }

    @Test
    void only_project_admins_change_the_policy() {
        expect(put("/projects/ACC/policy", "ed", POLICY.formatted(0)), 403);
        expect(put("/projects/ACC/policy", "dave", POLICY.formatted(0)), 403);
        expect(put("/projects/ACC/policy", null, POLICY.formatted(0)), 401);

        assertThat(store.policy(acc1.projectId()).version()).isZero();
    }

    @Test
    void a_project_the_caller_may_not_browse_is_404() {
        expect(get("/projects/ACC/policy", "erin"), 404);
        expect(get("/projects/ACC/policy", null), 404);
        expect(get("/projects/NOPE/policy", "alice"), 404);
        expect(put("/projects/NOPE/policy", "alice", POLICY.formatted(0)), 404);
    }

    @Test
    void a_stale_policy_version_is_409() {
        expect(put("/projects/ACC/policy", "alice", POLICY.formatted(0)), 200);

        JsonNode error = expect(put("/projects/ACC/policy", "alice", POLICY.formatted(0)), 409);

        assertThat(error.get("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void bad_policy_input_is_refused_per_field() {
        JsonNode category = expect(put("/projects/ACC/policy", "alice", """
                {"rules":[{"toStatusCategory":"sideways","requirements":[]}],"version":0}"""), 400);
        JsonNode requirement = expect(put("/projects/ACC/policy", "alice", """
                {"rules":[{"toStatusCategory":"done","requirements":["BE_NICE"]}],"version":0}"""), 400);
        JsonNode cadence = expect(put("/projects/ACC/policy", "alice", """
                {"checkinCadenceDays":0,"version":0}"""), 400);
        JsonNode twice = expect(put("/projects/ACC/policy", "alice", """
                {"rules":[{"toStatusCategory":"done","requirements":[]},
                          {"toStatusCategory":"done","requirements":[]}],"version":0}"""), 400);
        JsonNode unknown = expect(put("/projects/ACC/policy", "alice", """
                {"rules":[{"toStatusCategory":"done","requirements":[],"when":"always"}],"version":0}"""), 400);

        assertThat(category.get("errors").has("rules[0].toStatusCategory")).isTrue();
        assertThat(requirement.get("errors").get("rules[0].requirements[0]").asText()).contains("OWNER_ALIGNED");
        assertThat(cadence.get("errors").has("checkinCadenceDays")).isTrue();
        assertThat(twice.get("errors").has("rules")).isTrue();
        assertThat(unknown.get("errors").has("rules[0].when")).isTrue();
        assertThat(store.policy(acc1.projectId()).version()).isZero();
    }
}
