package com.allinaccountability.sandbox.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two sandbox nodes on one PostgreSQL database, as two Jira Data Center nodes share theirs (reliability items 7 and
 * 9): what one node writes the other reads at once, and two writes based on the same version, one per node, give one
 * 200 and one 409, also for the very first write that creates the record.
 */
class TwoNodesOnOnePostgresTest {

    @RegisterExtension
    @Order(1)
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase();

    @RegisterExtension
    @Order(2)
    static final SandboxExtension NODE_A = SandboxExtension.onPostgres(DATABASE.jdbcUrl());

    @RegisterExtension
    @Order(3)
    static final SandboxExtension NODE_B = SandboxExtension.onPostgres(DATABASE.jdbcUrl());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/accountability/1.0/issues/";

    @Test
    void both_nodes_serve_the_same_seeded_samples() throws Exception {
        JsonNode onA = get(NODE_A, "ACC-1");
        JsonNode onB = get(NODE_B, "ACC-1");

        assertThat(onA.get("stage").asText()).isEqualTo("OWNED");
        assertThat(onB).isEqualTo(onA);
    }

    @Test
    void a_write_on_one_node_is_read_on_the_other_at_once() throws Exception {
        String key = NODE_A.newIssue("Shared by two nodes");

        HttpResponse<String> written = put(NODE_A, "alice", key, "Node A wrote this.", 0);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        long version = JSON.readTree(written.body()).get("version").asLong();

        JsonNode onB = get(NODE_B, key);
        assertThat(onB.get("version").asLong()).isEqualTo(version);
        assertThat(onB.path("expectation").path("outcome").asText()).isEqualTo("Node A wrote this.");
        assertThat(pageAs(NODE_B, "bob", key)).as("node B's issue page renders node A's write").contains("Node A wrote this.");

        HttpResponse<String> back = put(NODE_B, "bob", key, "Node B revised it.", version);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(get(NODE_A, key).path("expectation").path("outcome").asText()).isEqualTo("Node B revised it.");
        assertThat(get(NODE_A, key).path("expectation").path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void concurrent_writes_on_the_same_version_from_two_nodes_give_one_200_and_one_409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String key = NODE_A.newIssue("Shared by two nodes");
                // Half the rounds race the first write, which creates the record; half race a later edit.
                long version = 0;
                if (round % 2 == 1) {
                    HttpResponse<String> first = put(NODE_A, "alice", key, "The starting point.", 0);
                    version = JSON.readTree(first.body()).get("version").asLong();
                }
                long base = version;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<HttpResponse<String>> a = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return put(NODE_A, "alice", key, "Alice on node A.", base);
                });
                Future<HttpResponse<String>> b = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return put(NODE_B, "carol", key, "Carol on node B.", base);
                });
                HttpResponse<String> onA = a.get(30, TimeUnit.SECONDS);
                HttpResponse<String> onB = b.get(30, TimeUnit.SECONDS);

                List<Integer> statuses = new ArrayList<>(List.of(onA.statusCode(), onB.statusCode()));
                statuses.sort(null);
                assertThat(statuses).as("round %d on %s: A %s / B %s", round, key, onA.body(), onB.body())
                        .containsExactly(200, 409);
                HttpResponse<String> winner = onA.statusCode() == 200 ? onA : onB;
                JsonNode stored = get(NODE_B, key);
                assertThat(stored.get("version").asLong())
                        .isEqualTo(JSON.readTree(winner.body()).get("version").asLong());
                assertThat(stored.path("expectation").path("outcome").asText()).isEqualTo(onA.statusCode() == 200
                        ? "Alice on node A." : "Carol on node B.");
                assertThat(stored.path("expectation").path("revision").asInt()).isEqualTo(round % 2 == 1 ? 2 : 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }


    private static HttpResponse<String> put(SandboxExtension node, String user, String key, String outcome,
            long version) throws Exception {
        return new WebClient(node).json("PUT", API + key + "/expectation", JSON.writeValueAsString(java.util.Map.of(
                "outcome", outcome, "why", "Two nodes, one truth.", "targetDate", "2030-06-30", "goalLink", "",
                "version", version)), WebClient.restWrite(user));
    }

    private static JsonNode get(SandboxExtension node, String key) throws Exception {
        HttpResponse<String> response = new WebClient(node).get(API + key, WebClient.basic("alice", "alice"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String pageAs(SandboxExtension node, String user, String key) throws Exception {
        WebClient client = new WebClient(node);
        client.logIn(user, user);
        return client.get("/browse/" + key).body();
    }
}
