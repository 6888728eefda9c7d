package com.allinaccountability.sandbox.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Write contention on PostgreSQL ends in a 200 or a 409, never a 500 and never a hang: 32 writers, half on each of two
 * cold nodes, revising the expectations of sixteen issues (two writers each, one per node) as fast as they can, each
 * re-reading after a 409. Writers on different issues still collide in PostgreSQL's serializable isolation (its
 * predicate locks cover index pages, not rows), and writers on one issue race for its next version. Every write
 * acknowledged with 200 is in the record afterwards.
 */
class WriteContentionOnPostgresTest {

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
    private static final int WRITERS = 32;
    private static final int WRITES_EACH = 40;
    private static final int ISSUES = 16;
    /**
     * Longer than any request takes on a loaded 2-core machine, shorter than the connection pool's 30 s wait: a
     * request stuck behind the pool or a lock fails the test, a slow machine does not.
     */
    private static final Duration NO_HANG = Duration.ofSeconds(25);
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes());

    @Test
    void thirty_two_writers_on_two_cold_nodes_get_only_200s_and_409s_and_no_write_is_lost() throws Exception {
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            issues.add(NODE_A.newIssue("Contended"));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
        issues.forEach(key -> acknowledged.put(key, java.util.Collections.synchronizedList(new ArrayList<>())));
        HttpClient client = HttpClient.newBuilder().connectTimeout(NO_HANG).build();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                URI node = (w % 2 == 0 ? NODE_A : NODE_B).baseUri();
                String key = issues.get(w / 2);
                int writer = w;
                writers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    long version = version(client, node, key);
                    for (int n = 0; n < WRITES_EACH; n++) {
                        String outcome = "writer " + writer + " write " + n;
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create(node + API + key + "/expectation")).timeout(NO_HANG)
                                .header("Authorization", AUTH).header("X-Atlassian-Token", "no-check")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                        "outcome", outcome, "why", "Contention", "targetDate", "2030-01-31",
                                        "goalLink", "", "version", version))))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() == 200) {
                            acknowledged.get(key).add(outcome);
                            version = JSON.readTree(response.body()).get("version").asLong();
                        } else if (response.statusCode() == 409) {
                            version = version(client, node, key);
                        } else {
                            throw new AssertionError(response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.keySet()).as("statuses %s", statuses).containsAnyOf(200).isSubsetOf(200, 409);
        for (String key : issues) {
            JsonNode record = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(NODE_B.baseUri() + API
                    + key)).header("Authorization", AUTH).build(), HttpResponse.BodyHandlers.ofString()).body());
            List<String> kept = new ArrayList<>();
            record.get("revisions").forEach(revision -> kept.add(revision.get("outcome").asText()));
            assertThat(kept).as(key).containsAll(acknowledged.get(key));
            assertThat(record.get("version").asLong()).as(key).isEqualTo(acknowledged.get(key).size());
        }
    }

    private static long version(HttpClient client, URI node, String key) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(node + API + key))
                .timeout(NO_HANG).header("Authorization", AUTH).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("read " + key + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("version").asLong();
    }

}
