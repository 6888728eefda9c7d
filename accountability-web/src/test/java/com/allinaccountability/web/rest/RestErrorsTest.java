package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.core.rules.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every refusal status of the API, each in Jira's error-collection shape, and that a refusal changes nothing. */
class RestErrorsTest extends RestHarness {
    private static final String EXPECTATION = """
            {"outcome":"Ship it","why":"","targetDate":"2026-03-31","goalLink":"","version":0}""";

    @Test
    void an_unknown_json_field_is_refused_naming_the_field() {
        JsonNode error = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Ship it","targetDate":"2026-03-31","version":0,"owner":"bob"}"""), 400);

        assertThat(error.get("errors").get("owner").asText()).startsWith("Unknown field").contains("outcome");
        assertThat(store.load(acc1.issueId())).isEmpty();
    }

    @Test
    void a_value_outside_an_enum_is_refused_naming_the_field_and_the_allowed_values() {
        setExpectation("ed");

        JsonNode error = expect(post(ISSUE + "/alignment", "bob", """
                {"state":"MAYBE","comment":"","revision":1,"version":1}"""), 400);

        assertThat(error.get("errors").get("state").asText()).contains("ALIGNED", "CONCERNS");
    }

    @Test
    void an_enum_is_read_by_its_exact_name_only_never_by_ordinal_or_padded() {
        ownedByBob();
        long version = version(ISSUE);

        JsonNode ordinal = expect(post(ISSUE + "/checkins", "bob", """
                {"status":0,"note":"","version":%d}""".formatted(version)), 400);
        JsonNode padded = expect(post(ISSUE + "/checkins", "bob", """
                {"status":" AT_RISK\\t","note":"","version":%d}""".formatted(version)), 400);
        JsonNode lowerCase = expect(post(ISSUE + "/checkins", "bob", """
                {"status":"at_risk","note":"","version":%d}""".formatted(version)), 400);
        JsonNode roleOrdinal = expect(post(ISSUE + "/ownership", "carol", """
                {"role":1,"statement":"x","version":%d}""".formatted(version)), 400);
        JsonNode requirementOrdinal = expect(put("/projects/ACC/policy", "alice", """
                {"issueTypes":[],"rules":[{"toStatusCategory":"done","requirements":[0]}],"version":0}"""), 400);

        assertThat(ordinal.get("errors").get("status").asText()).contains("ON_TRACK", "AT_RISK", "OFF_TRACK");
        assertThat(padded.get("errors").get("status").asText()).contains("ON_TRACK");
        assertThat(lowerCase.get("errors").has("status")).isTrue();
        assertThat(roleOrdinal.get("errors").get("role").asText()).contains("OWNER");
        assertThat(requirementOrdinal.get("errors").fieldNames().next()).startsWith("rules[0].requirements");
        assertThat(version(ISSUE)).as("nothing changed").isEqualTo(version);
    }

    @Test
    void text_is_read_from_json_strings_only() {
        JsonNode number = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":123,"targetDate":"2026-03-31","version":0}"""), 400);
        JsonNode fraction = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Ship it","why":1.5,"targetDate":"2026-03-31","version":0}"""), 400);
        JsonNode bool = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Ship it","goalLink":true,"targetDate":"2026-03-31","version":0}"""), 400);
        JsonNode date = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Ship it","targetDate":20260331,"version":0}"""), 400);
        JsonNode listItem = expect(put("/projects/ACC/policy", "alice", """
                {"issueTypes":[7],"rules":[],"version":0}"""), 400);
        JsonNode flag = expect(post(ISSUE + "/verification", "ed", """
                {"agrees":1,"note":"","version":0}"""), 400);

        assertThat(number.get("errors").get("outcome").asText()).contains("string");
        assertThat(fraction.get("errors").get("why").asText()).contains("string");
        assertThat(bool.get("errors").get("goalLink").asText()).contains("string");
        assertThat(date.get("errors").get("targetDate").asText()).contains("string");
        assertThat(listItem.get("errors").fieldNames().next()).startsWith("issueTypes");
        assertThat(flag.get("errors").get("agrees").asText()).contains("true or false");
        assertThat(store.load(acc1.issueId())).isEmpty();
    }

    @Test
    void noncharacters_and_lone_surrogates_are_refused_per_field_not_stored_changed() {
        JsonNode nonCharacter = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"a\\uFFFEb","why":"c\\uFFFF","targetDate":"2026-03-31","version":0}"""), 400);
        JsonNode lone = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"a\\ud800b","goalLink":"\\udc00","targetDate":"2026-03-31","version":0}"""), 400);

        assertThat(nonCharacter.get("errors").get("outcome").asText()).contains("U+FFFE");
        assertThat(nonCharacter.get("errors").get("why").asText()).contains("U+FFFF");
        assertThat(lone.get("errors").get("outcome").asText()).contains("surrogate");
        assertThat(lone.get("errors").get("goalLink").asText()).contains("surrogate");
        assertThat(store.load(acc1.issueId())).isEmpty();
    }

    @Test
    void a_malformed_date_is_refused_naming_the_field() {
        JsonNode error = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Ship it","targetDate":"31/03/2026","version":0}"""), 400);

        assertThat(error.get("errors").get("targetDate").asText()).contains("yyyy-MM-dd");
    }

    @Test
    void a_wrong_type_is_refused_naming_the_field() {
        ownedByBob();

        JsonNode text = expect(put(ISSUE + "/control", "bob", """
                {"levers":"Scope","rating":"four","version":3}"""), 400);
        JsonNode fraction = expect(put(ISSUE + "/control", "bob", """
                {"levers":"Scope","rating":4.5,"version":3}"""), 400);
        JsonNode object = expect(put(ISSUE + "/control", "bob", """
                {"levers":{"a":1},"rating":4,"version":3}"""), 400);

        assertThat(text.get("errors").get("rating").asText()).contains("whole number");
        assertThat(fraction.get("errors").has("rating")).isTrue();
        assertThat(object.get("errors").get("levers").asText()).contains("string");
    }

    @Test
    void a_rule_the_core_enforces_is_refused_per_field() {
        ownedByBob();

        JsonNode error = expect(put(ISSUE + "/control", "bob", """
                {"levers":"","rating":9,"version":3}"""), 400);

        assertThat(error.get("errors").has("levers")).isTrue();
        assertThat(error.get("errors").has("rating")).isTrue();
    }

    @Test
    void a_text_over_its_limit_is_refused_naming_the_field() {
        String outcome = "x".repeat(Limits.OUTCOME + 1);

        JsonNode error = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"%s","targetDate":"2026-03-31","version":0}""".formatted(outcome)), 400);

        assertThat(error.get("errors").get("outcome").asText()).contains(String.valueOf(Limits.OUTCOME));
    }

    @Test
    void malformed_json_is_refused_with_a_general_message() {
        JsonNode error = expect(put(ISSUE + "/expectation", "ed", "{\"outcome\": \"Ship it\""), 400);

        assertThat(error.get("errorMessages").get(0).asText()).contains("not valid JSON");
    }

    @Test
    void duplicate_keys_trailing_garbage_and_a_non_object_body_are_refused() {
        expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"a","outcome":"b","targetDate":"2026-03-31","version":0}"""), 400);
        expect(put(ISSUE + "/expectation", "ed", EXPECTATION + " {}"), 400);
        expect(put(ISSUE + "/expectation", "ed", "[1,2]"), 400);
        expect(put(ISSUE + "/expectation", "ed", ""), 400);
        assertThat(store.load(acc1.issueId())).isEmpty();
    }

    @Test
    void a_write_without_its_version_is_refused() {
        JsonNode error = expect(put(ISSUE + "/expectation", "ed", """
                {"outcome":"Ship it","targetDate":"2026-03-31"}"""), 400);

        assertThat(error.get("errors").has("version")).isTrue();
    }

    @Test
    void an_anonymous_write_is_401() {
        JsonNode error = expect(put(ISSUE + "/expectation", null, EXPECTATION), 401);

        assertThat(error.get("errorMessages").get(0).asText()).contains("not signed in");
    }

    @Test
    void a_write_to_an_issue_the_caller_may_not_browse_is_404() {
        expect(put(ISSUE + "/expectation", "erin", EXPECTATION), 404);
        expect(put("/issues/NOPE-1/expectation", "alice", EXPECTATION), 404);
    }

    @Test
    void a_write_based_on_a_stale_version_is_409_with_the_current_version() {
        setExpectation("ed");

        JsonNode error = expect(put(ISSUE + "/expectation", "ed", EXPECTATION), 409);

        assertThat(error.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(error.get("errorMessages").get(0).asText()).contains("Reload");
        assertThat(store.load(acc1.issueId()).orElseThrow().expectation().orElseThrow().outcome())
                .isEqualTo("Checkout converts 5% better");
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String huge = "{\"outcome\":\"" + "x".repeat(RequestBodyLimit.MAX_BYTES) + "\",\"version\":0}";

        JsonNode error = expect(put(ISSUE + "/expectation", "ed", huge), 413);

        assertThat(error.get("errorMessages").get(0).asText()).contains(String.valueOf(RequestBodyLimit.MAX_BYTES));
    }

    @Test
    void the_body_limit_counts_bytes_read_even_without_a_content_length() throws Exception {
        InputStream limited = new RequestBodyLimit(10).limit(
                new ByteArrayInputStream("0123456789ABC".getBytes(StandardCharsets.UTF_8)));

        assertThat(limited.read(new byte[5], 0, 5)).isEqualTo(5);
        assertThat(limited.read(new byte[5], 0, 5)).isEqualTo(5);
        assertThatThrownBy(() -> limited.read()).isInstanceOf(WebApplicationException.class)
                .satisfies(e -> assertThat(((WebApplicationException) e).getResponse().getStatus()).isEqualTo(413));
    }

    @Test
    void a_write_that_is_not_json_is_415() {
        JsonNode form = expect(request(ISSUE + "/expectation", "ed")
                .put(Entity.entity("outcome=x&version=0", MediaType.APPLICATION_FORM_URLENCODED_TYPE)), 415);
        expect(request(ISSUE + "/expectation", "ed").put(Entity.entity(EXPECTATION, MediaType.TEXT_PLAIN_TYPE)),
                415);
        expect(request("/projects/ACC/policy", "alice")
                .put(Entity.entity("{\"version\":0}", MediaType.TEXT_PLAIN_TYPE)), 415);

        assertThat(form.get("errorMessages").get(0).asText()).isNotBlank();
        assertThat(store.load(acc1.issueId())).isEmpty();
    }

    @Test
    void a_json_type_with_a_charset_is_accepted() {
        expect(request(ISSUE + "/expectation", "ed")
                .put(Entity.entity(EXPECTATION, "application/json; charset=UTF-8")), 200);
    }

    @Test
    void a_write_method_that_does_not_exist_is_405_in_jiras_shape() {
        JsonNode error = expect(request(ISSUE, "ed").delete(), 405);

        assertThat(error.has("errorMessages")).isTrue();
        assertThat(request(ISSUE, "ed").delete().getHeaderString("Allow")).as("HTTP requires Allow on a 405")
                .contains("GET");
    }
}
