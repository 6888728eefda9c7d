package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code /myself/actions}, {@code /myself/preferences} and {@code /digests/run}, over the wired waiting index. */
class MyselfEndpointTest extends RestHarness {

    @Test
    void anonymous_callers_get_401_everywhere() {
        assertThat(get("/myself/actions", null).getStatus()).isEqualTo(401);
        assertThat(get("/myself/preferences", null).getStatus()).isEqualTo(401);
        assertThat(put("/myself/preferences", null, "{\"digest\":\"DAILY\"}").getStatus()).isEqualTo(401);
        assertThat(post("/digests/run", null, "{}").getStatus()).isEqualTo(401);
    }

    @Test
    void the_assignee_sees_the_alignment_that_waits_for_them_and_it_goes_once_given() {
        setExpectation("ed");

        JsonNode page = expect(get("/myself/actions", "bob"), 200);
        assertThat(page.get("startAt").asInt()).isZero();
        assertThat(page.get("maxResults").asInt()).isEqualTo(50);
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode action = page.get("actions").get(0);
        assertThat(action.get("issueKey").asText()).isEqualTo("ACC-1");
        assertThat(action.get("projectKey").asText()).isEqualTo("ACC");
        assertThat(action.get("summary").asText()).isEqualTo("Issue 1");
        assertThat(action.get("action").asText()).isEqualTo("ALIGN");
        assertThat(action.get("since").asText()).isEqualTo("2026-02-02T10:00:00Z");
        assertThat(action.get("agreedDate").isNull()).isTrue();
        assertThat(action.get("targetDate").asText()).isEqualTo("2026-03-31");
        assertThat(action.has("dueDate")).isTrue();
        assertThat(expect(get(ISSUE, "bob"), 200).get("waitingForYou").get(0).get("action").asText())
                .isEqualTo("ALIGN");
        assertThat(expect(get("/myself/actions", "carol"), 200).get("total").asInt()).isZero();

        align("bob");

        JsonNode after = expect(get("/myself/actions", "bob"), 200);
        assertThat(after.get("actions")).extracting(a -> a.get("action").asText()).containsExactly(
                "DECLARE_OWNERSHIP");
        assertThat(expect(get(ISSUE, "bob"), 200).get("waitingForYou").get(0).get("action").asText())
                .isEqualTo("DECLARE_OWNERSHIP");
    }

    @Test
    void the_setter_is_asked_to_verify_and_a_user_who_may_no_longer_browse_sees_nothing() {
        ownedByBob();
        retrospective("bob");

        assertThat(expect(get("/myself/actions", "ed"), 200).get("actions"))
                .extracting(a -> a.get("action").asText()).containsExactly("VERIFY");

        host.revoke(com.allinaccountability.core.fixtures.Fixtures.PROJECT_ID, "ed");
        assertThat(expect(get("/myself/actions", "ed"), 200).get("total").asInt()).isZero();
    }

    @Test
    void paging_is_checked_and_applied() {
        setExpectation("ed");
        JsonNode error = expect(get("/myself/actions?startAt=-1&maxResults=0", "bob"), 400);
        assertThat(error.get("errors").get("startAt").asText()).isEqualTo("Must be 0 or more.");
        assertThat(error.get("errors").get("maxResults").asText()).isEqualTo("Must be between 1 and 100.");
        assertThat(expect(get("/myself/actions?maxResults=x", "bob"), 400).get("errors").get("maxResults").asText())
                .isEqualTo("Must be a whole number from 1 to 100.");
        assertThat(expect(get("/myself/actions?maxResults=101", "bob"), 400).get("errors").has("maxResults"))
                .isTrue();

        JsonNode second = expect(get("/myself/actions?startAt=1&maxResults=1", "bob"), 200);
        assertThat(second.get("total").asInt()).isEqualTo(1);
        assertThat(second.get("actions")).isEmpty();
    }

    @Test
    void preferences_default_to_weekly_and_only_the_three_values_are_taken() {
        assertThat(expect(get("/myself/preferences", "bob"), 200).get("digest").asText()).isEqualTo("WEEKLY");

        assertThat(expect(put("/myself/preferences", "bob", "{\"digest\":\"DAILY\"}"), 200).get("digest").asText())
                .isEqualTo("DAILY");
        assertThat(expect(get("/myself/preferences", "bob"), 200).get("digest").asText()).isEqualTo("DAILY");
        assertThat(expect(get("/myself/preferences", "carol"), 200).get("digest").asText()).isEqualTo("WEEKLY");

        for (String bad : new String[] {"{\"digest\":\"HOURLY\"}", "{\"digest\":\"daily\"}", "{\"digest\":1}",
                "{\"digest\":\"DAILY\",\"for\":\"carol\"}", "{}", "{\"digest\":null}"}) {
            assertThat(put("/myself/preferences", "bob", bad).getStatus()).as(bad).isEqualTo(400);
        }
        assertThat(expect(get("/myself/preferences", "bob"), 200).get("digest").asText()).isEqualTo("DAILY");
    }

    @Test
    void only_administrators_run_the_digests() {
        setExpectation("ed");

        assertThat(post("/digests/run", "bob", "{}").getStatus()).isEqualTo(403);
        assertThat(sender.personal()).isEmpty();

        JsonNode run = expect(post("/digests/run", "alice", "{}"), 200);
        assertThat(run.get("sent").asInt()).isEqualTo(1);
        assertThat(sender.personal()).extracting(d -> d.to().user().value()).containsExactly("bob");
        assertThat(expect(post("/digests/run", "alice", "{}"), 200).get("sent").asInt()).isZero();
    }
}
