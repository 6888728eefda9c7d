package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Each write endpoint's success and SPEC's permission table, row by row. */
class StepWritesTest extends RestHarness {

    // --- set or revise the expectation: users who may edit the issue, or its reporter

    @Test
    void an_editor_sets_the_expectation_and_gets_the_whole_record_back() {
        JsonNode record = setExpectation("ed");

        assertThat(record.get("version").asLong()).isEqualTo(1);
        assertThat(record.get("stage").asText()).isEqualTo("EXPECTATION_SET");
        assertThat(record.get("expectation").get("revision").asInt()).isEqualTo(1);
        assertThat(record.get("expectation").get("goalLink").asText()).isEqualTo("ACC-100");
        assertThat(record.get("health").toString()).contains("ALIGNMENT_PENDING");
    }

    @Test
    void the_reporter_may_set_the_expectation_without_edit_rights() {
        assertThat(setExpectation("rita").get("expectation").get("setBy").asText()).isEqualTo("rita");
    }

    @Test
    void a_browse_only_user_may_not_set_the_expectation() {
        JsonNode error = expect(put(ISSUE + "/expectation", "dave", """
                {"outcome":"x","why":"","targetDate":"2026-03-31","goalLink":"","version":0}"""), 403);

        assertThat(error.get("errorMessages").get(0).asText()).contains("edit");
        assertThat(store.load(acc1.issueId())).isEmpty();
    }

    @Test
    void a_revision_puts_alignment_back_to_pending_and_keeps_the_superseded_revision() {
        setExpectation("ed");
        align("bob");
        JsonNode revised = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Checkout converts 7%% better","why":"Revenue","targetDate":"2026-04-30","goalLink":"",
                 "version":%d}""".formatted(version(ISSUE))), 200);

        assertThat(revised.get("expectation").get("revision").asInt()).isEqualTo(2);
        assertThat(revised.get("revisions")).hasSize(2);
        assertThat(revised.get("revisions").get(0).get("outcome").asText()).isEqualTo("Checkout converts 5% better");
        assertThat(revised.get("alignments").get(0).get("current").asBoolean()).isFalse();
        assertThat(revised.get("stage").asText()).isEqualTo("EXPECTATION_SET");
    }

    // --- align, declare or withdraw: the user themself, if they may browse

    @Test
    void a_user_aligns_for_themself() {
        setExpectation("ed");

        JsonNode record = align("dave");

        assertThat(record.get("alignments").get(0).get("user").asText()).isEqualTo("dave");
        assertThat(record.get("alignments").get(0).get("state").asText()).isEqualTo("ALIGNED");
    }

    @Test
    void nobody_can_align_on_someone_elses_behalf() {
        setExpectation("ed");

        JsonNode error = expect(post(ISSUE + "/alignment", "carol", """
                {"user":"bob","state":"ALIGNED","comment":"","revision":1,"version":1}"""), 400);

        assertThat(error.get("errors").has("user")).isTrue();
        assertThat(store.load(acc1.issueId()).orElseThrow().alignments()).isEmpty();
    }

    @Test
    void concerns_need_a_comment_and_a_counter_proposed_date_is_kept() {
        setExpectation("ed");
        JsonNode error = expect(post(ISSUE + "/alignment", "bob", """
                {"state":"CONCERNS","comment":"","revision":1,"version":1}"""), 400);
        assertThat(error.get("errors").get("comment").asText()).isNotBlank();

        JsonNode record = expect(post(ISSUE + "/alignment", "bob", """
                {"state":"CONCERNS","comment":"Too tight","proposedDate":"2026-04-15","revision":1,"version":1}"""),
                200);

        assertThat(record.get("alignments").get(0).get("proposedDate").asText()).isEqualTo("2026-04-15");
        assertThat(record.get("health").toString()).contains("CONCERNS_OPEN");
    }

    @Test
    void aligning_to_an_older_revision_is_a_conflict() {
        setExpectation("ed");
        expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Changed","why":"","targetDate":"2026-03-31","goalLink":"","version":1}"""), 200);

        JsonNode error = expect(post(ISSUE + "/alignment", "bob", """
                {"state":"ALIGNED","comment":"","revision":1,"version":2}"""), 409);

        assertThat(error.get("currentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void a_user_declares_their_own_role_and_nobody_else_can_take_a_held_one() {
        setExpectation("ed");
        JsonNode record = declare("bob", "OWNER");
        assertThat(record.get("ownership").get(0).get("user").asText()).isEqualTo("bob");
        assertThat(record.get("ownership").get(0).get("role").asText()).isEqualTo("OWNER");

        JsonNode error = expect(post(ISSUE + "/ownership", "carol", """
                {"role":"OWNER","statement":"Mine","version":%d}""".formatted(version(ISSUE))), 400);

        assertThat(error.get("errors").get("role").asText()).contains("bob");
        assertThat(declare("carol", "CO_OWNER").get("ownership")).hasSize(2);
    }

    @Test
    void a_withdrawn_declaration_stays_on_the_record_with_its_reason() {
        setExpectation("ed");
        declare("carol", "CO_OWNER");

        JsonNode record = expect(post(ISSUE + "/ownership/withdrawal", "carol", """
                {"role":"CO_OWNER","reason":"Moved teams","version":%d}""".formatted(version(ISSUE))), 200);

        JsonNode declaration = record.get("ownership").get(0);
        assertThat(declaration.get("withdrawnAt").asText()).isEqualTo("2026-02-02T10:00:00Z");
        assertThat(declaration.get("withdrawReason").asText()).isEqualTo("Moved teams");
    }

    @Test
    void nobody_withdraws_someone_elses_declaration() {
        setExpectation("ed");
        declare("carol", "CO_OWNER");

        JsonNode error = expect(post(ISSUE + "/ownership/withdrawal", "dave", """
                {"role":"CO_OWNER","reason":"Not hers","version":%d}""".formatted(version(ISSUE))), 400);

        assertThat(error.get("errors").has("role")).isTrue();
        assertThat(expect(get(ISSUE, "dave"), 200).get("ownership").get(0).get("withdrawnAt").isNull()).isTrue();
    }

    // --- state control, check in, write the retrospective: the active owner or a co-owner

    @Test
    void the_owner_states_control() {
        ownedByBob();

        JsonNode record = expect(put(ISSUE + "/control", "bob", """
                {"levers":"Scope","support":"","rating":4,"version":%d}""".formatted(version(ISSUE))), 200);

        assertThat(record.get("control").get("rating").asInt()).isEqualTo(4);
    }

    @Test
    void someone_who_is_not_owner_or_co_owner_may_not_state_control_check_in_or_write_the_retrospective() {
        ownedByBob();
        long version = version(ISSUE);

        expect(put(ISSUE + "/control", "dave", """
                {"levers":"Scope","support":"","rating":4,"version":%d}""".formatted(version)), 403);
        expect(post(ISSUE + "/checkins", "dave", """
                {"status":"ON_TRACK","note":"","version":%d}""".formatted(version)), 403);
        expect(put(ISSUE + "/retrospective", "alice", """
                {"result":"MET","evidence":"x","version":%d}""".formatted(version)), 403);
    }

    @Test
    void a_co_owner_checks_in_and_writes_the_retrospective() {
        ownedByBob();
        declare("carol", "CO_OWNER");

        JsonNode checkedIn = expect(post(ISSUE + "/checkins", "carol", """
                {"status":"ON_TRACK","note":"Fine","version":%d}""".formatted(version(ISSUE))), 200);
        assertThat(checkedIn.get("checkins").get(0).get("user").asText()).isEqualTo("carol");

        JsonNode record = retrospective("carol");
        assertThat(record.get("retrospective").get("author").asText()).isEqualTo("carol");
        assertThat(record.get("stage").asText()).isEqualTo("RETROSPECTIVE_WRITTEN");
    }

    // --- verify or reopen: the expectation setter or a project admin, never the owner

    @Test
    void the_setter_verifies_and_the_record_locks() {
        ownedByBob();
        retrospective("bob");

        JsonNode record = verify("ed");

        assertThat(record.get("verification").get("verifier").asText()).isEqualTo("ed");
        assertThat(record.get("locked").asBoolean()).isTrue();
        JsonNode refused = expect(put(ISSUE + "/control", "bob", """
                {"levers":"Scope","support":"","rating":4,"version":%d}""".formatted(version(ISSUE))), 400);
        assertThat(refused.get("errorMessages").get(0).asText()).contains("locked");
    }

    @Test
    void a_project_admin_verifies() {
        ownedByBob();
        retrospective("bob");

        assertThat(verify("alice").get("verification").get("verifier").asText()).isEqualTo("alice");
    }

    @Test
    void the_owner_never_verifies_and_a_browse_only_user_may_not_either() {
        ownedByBob();
        retrospective("bob");
        long version = version(ISSUE);

        expect(post(ISSUE + "/verification", "bob", """
                {"agrees":true,"note":"","version":%d}""".formatted(version)), 403);
        expect(post(ISSUE + "/verification", "dave", """
                {"agrees":true,"note":"","version":%d}""".formatted(version)), 403);
    }

    @Test
    void the_setter_reopens_with_a_reason_and_the_owner_may_not() {
        ownedByBob();
        retrospective("bob");
        verify("ed");
        long version = version(ISSUE);

        expect(post(ISSUE + "/reopen", "bob", """
                {"reason":"Mine now","version":%d}""".formatted(version)), 403);
        JsonNode missingReason = expect(post(ISSUE + "/reopen", "ed", """
                {"reason":"","version":%d}""".formatted(version)), 400);
        assertThat(missingReason.get("errors").has("reason")).isTrue();

        JsonNode record = expect(post(ISSUE + "/reopen", "ed", """
                {"reason":"Numbers were wrong","version":%d}""".formatted(version)), 200);

        assertThat(record.get("locked").asBoolean()).isFalse();
        assertThat(record.get("verification").isNull()).isTrue();
    }
}
