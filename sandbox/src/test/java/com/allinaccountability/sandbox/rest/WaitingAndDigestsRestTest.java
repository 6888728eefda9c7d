package com.allinaccountability.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC's {@code /myself/actions}, {@code /myself/preferences} and {@code /digests/run} against the sandbox's sample
 * data (mail goes to the outbox here).
 */
class WaitingAndDigestsRestTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/accountability/1.0";
    private static final Set<String> ACTIONS = Set.of("ALIGN", "DECLARE_OWNERSHIP", "STATE_CONTROL", "CHECK_IN",
            "WRITE_RETROSPECTIVE", "VERIFY", "ANSWER_CONCERN");

    private final WebClient client = new WebClient(SANDBOX);

    private HttpResponse<String> actions(String user, String query) throws Exception {
        return user == null ? client.get(API + "/myself/actions" + query)
                : client.get(API + "/myself/actions" + query, WebClient.basic(user, user));
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void actions_need_a_signed_in_caller() throws Exception {
        HttpResponse<String> response = actions(null, "");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).has("errorMessages")).isTrue();
    }

    @Test
    void alice_bob_and_carol_each_get_their_own_list_from_the_samples() throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            JsonNode page = ok(actions(user, ""));
            assertThat(page.get("startAt").asInt()).isZero();
            assertThat(page.get("maxResults").asInt()).isEqualTo(50);
            assertThat(page.get("total").asInt()).as(user).isPositive();
            assertThat(page.get("actions")).hasSize(Math.min(50, page.get("total").asInt()));
            for (JsonNode action : page.get("actions")) {
                assertThat(action.get("issueKey").asText()).startsWith("ACC-");
                assertThat(action.get("projectKey").asText()).isEqualTo("ACC");
                assertThat(action.get("summary").asText()).isNotBlank();
                assertThat(ACTIONS).contains(action.get("action").asText());
                assertThat(action.get("since").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            }
        }
        // ACC-9 waits for alice's verification (bob's retrospective); carol's concerns on ACC-7 wait for bob's answer.
        assertThat(keysAndActions("alice")).contains("ACC-9 VERIFY");
        assertThat(keysAndActions("bob")).contains("ACC-7 ANSWER_CONCERN");
        // erin may browse nothing in ACC, so nothing of it waits for her.
        assertThat(ok(actions("erin", "")).get("total").asInt()).isZero();
    }

    private List<String> keysAndActions(String user) throws Exception {
        List<String> all = new ArrayList<>();
        for (JsonNode action : ok(actions(user, "?maxResults=100")).get("actions")) {
            all.add(action.get("issueKey").asText() + " " + action.get("action").asText());
        }
        return all;
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() throws Exception {
        JsonNode all = ok(actions("bob", "?maxResults=100"));
        int total = all.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<String> paged = new ArrayList<>();
        for (int start = 0; start < total; start += 2) {
            JsonNode page = ok(actions("bob", "?startAt=" + start + "&maxResults=2"));
            assertThat(page.get("total").asInt()).isEqualTo(total);
            assertThat(page.get("startAt").asInt()).isEqualTo(start);
            assertThat(page.get("actions").size()).isEqualTo(Math.min(2, total - start));
            page.get("actions").forEach(a -> paged.add(a.get("issueKey").asText() + " " + a.get("action").asText()));
        }
        List<String> whole = new ArrayList<>();
        all.get("actions").forEach(a -> whole.add(a.get("issueKey").asText() + " " + a.get("action").asText()));
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(ok(actions("bob", "?startAt=" + total)).get("actions")).isEmpty();
    }

    @Test
    void a_workflow_transition_changes_what_waits_at_once() throws Exception {
        // ACC-10 was resolved without a retrospective: its owner bob is asked for one, until the issue is reopened.
        assertThat(keysAndActions("bob")).contains("ACC-10 WRITE_RETROSPECTIVE");
        HttpResponse<String> reopened = client.postJson("/rest/api/2/issue/ACC-10/transitions",
                "{\"transition\":{\"id\":\"61\"}}", WebClient.restWrite("bob"));
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(204);
        assertThat(keysAndActions("bob")).as("no digest run in between").doesNotContain("ACC-10 WRITE_RETROSPECTIVE");
    }

    @Test
    void bad_paging_is_refused_with_400_naming_the_field() throws Exception {
        for (String query : List.of("?maxResults=0", "?maxResults=101", "?startAt=-1", "?maxResults=abc",
                "?startAt=1.5", "?maxResults=-5")) {
            HttpResponse<String> response = actions("bob", query);
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            assertThat(errors.has("startAt") || errors.has("maxResults")).as(query + ": " + response.body()).isTrue();
        }
    }

    @Test
    void preferences_default_to_weekly_and_change_only_to_a_known_frequency() throws Exception {
        assertThat(client.get(API + "/myself/preferences").statusCode()).isEqualTo(401);
        assertThat(ok(client.get(API + "/myself/preferences", WebClient.basic("dave", "dave"))).get("digest")
                .asText()).isEqualTo("WEEKLY");

        JsonNode put = ok(client.json("PUT", API + "/myself/preferences", "{\"digest\":\"DAILY\"}",
                WebClient.restWrite("dave")));
        assertThat(put.get("digest").asText()).isEqualTo("DAILY");
        assertThat(ok(client.get(API + "/myself/preferences", WebClient.basic("dave", "dave"))).get("digest")
                .asText()).isEqualTo("DAILY");
        assertThat(ok(client.get(API + "/myself/preferences", WebClient.basic("erin", "erin"))).get("digest")
                .asText()).as("only dave's own changed").isEqualTo("WEEKLY");

        for (String bad : List.of("{\"digest\":\"HOURLY\"}", "{\"digest\":\"daily\"}", "{\"digest\":1}",
                "{\"digest\":\"DAILY\",\"extra\":true}", "{\"frequency\":\"DAILY\"}", "{}")) {
            HttpResponse<String> response = client.json("PUT", API + "/myself/preferences", bad,
                    WebClient.restWrite("dave"));
            assertThat(response.statusCode()).as(bad + ": " + response.body()).isEqualTo(400);
        }
        assertThat(ok(client.get(API + "/myself/preferences", WebClient.basic("dave", "dave"))).get("digest")
                .asText()).as("refused writes change nothing").isEqualTo("DAILY");
    }

    @Test
    void only_administrators_run_the_digests() throws Exception {
        HttpResponse<String> anonymous = client.postJson(API + "/digests/run", "{}", "X-Atlassian-Token", "no-check");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> bob = client.postJson(API + "/digests/run", "{}", WebClient.restWrite("bob"));
        assertThat(bob.statusCode()).as(bob.body()).isEqualTo(403);
        HttpResponse<String> withoutToken = client.postJson(API + "/digests/run", "{}",
                WebClient.basic("alice", "alice"));
        assertThat(withoutToken.statusCode()).as("no XSRF token, no Origin").isEqualTo(403);

        JsonNode run = ok(client.postJson(API + "/digests/run", "{}", WebClient.restWrite("alice")));
        assertThat(run.get("recordsIndexed").asInt()).isGreaterThan(20);
        assertThat(run.get("failed").asInt()).isZero();
        assertThat(run.has("sent") && run.has("alreadySent")).isTrue();
    }
}
