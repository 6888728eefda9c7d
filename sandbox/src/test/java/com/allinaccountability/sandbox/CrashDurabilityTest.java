package com.allinaccountability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 means the write is kept: the sandbox on its embedded H2, killed with SIGKILL in the middle of an 8-thread write
 * burst, still has every write it acknowledged when it starts again on the same data directory; three times over.
 */
class CrashDurabilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/accountability/1.0/issues/";
    private static final int WRITERS = 8;
    private static final int ROUNDS = 3;
    private static final int WRITES_BEFORE_KILL = 100;

    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_write_survives_a_kill_minus_nine_during_a_write_burst() throws Exception {
        Path log = Files.createTempFile("sandbox-crash-", ".log");
        Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
        Map<String, Long> lastVersion = new ConcurrentHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            try (SandboxProcess sandbox = SandboxProcess.start(log, "--data-dir", dataDir.toString())) {
                if (round > 1) {
                    assertKept(new WebClient(sandbox::baseUri), acknowledged, lastVersion);
                }
                burstThenKill(sandbox, acknowledged, lastVersion);
            }
        }
        try (SandboxProcess last = SandboxProcess.start(log, "--data-dir", dataDir.toString())) {
            assertKept(new WebClient(last::baseUri), acknowledged, lastVersion);
        }
        assertThat(acknowledged.values().stream().mapToInt(List::size).sum()).as("writes acknowledged in all")
                .isGreaterThanOrEqualTo(ROUNDS * WRITES_BEFORE_KILL);
    }

    /** Eight writers revise expectations as fast as they can; the process is killed while they are at it. */
    private static void burstThenKill(SandboxProcess sandbox, Map<String, List<String>> acknowledged,
            Map<String, Long> lastVersion) throws Exception {
        List<String> issues = writableIssues(new WebClient(sandbox::baseUri));
        assertThat(issues).hasSizeGreaterThanOrEqualTo(WRITERS);
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger thisRound = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (String key : issues.subList(0, WRITERS)) {
                List<String> kept = acknowledged.computeIfAbsent(key, k -> Collections.synchronizedList(
                        new ArrayList<>()));
                writers.add(pool.submit(() -> {
                    write(new WebClient(sandbox::baseUri), key, stop, kept, lastVersion, thisRound);
                    return null;
                }));
            }
            while (thisRound.get() < WRITES_BEFORE_KILL) {
                Thread.sleep(5);
            }
            sandbox.kill();
            stop.set(true);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertKept(WebClient client, Map<String, List<String>> acknowledged,
            Map<String, Long> lastVersion) throws Exception {
        for (Map.Entry<String, List<String>> issue : acknowledged.entrySet()) {
            JsonNode record = JSON.readTree(client.get(API + issue.getKey(), WebClient.basic("alice", "alice"))
                    .body());
            Set<String> kept = new HashSet<>();
            record.get("revisions").forEach(revision -> kept.add(revision.get("outcome").asText()));

            assertThat(record.get("version").asLong()).as(issue.getKey())
                    .isGreaterThanOrEqualTo(lastVersion.getOrDefault(issue.getKey(), 0L));
            assertThat(kept).as("acknowledged outcomes of %s", issue.getKey()).containsAll(issue.getValue());
        }
    }

    /** Issues whose expectation alice may set: not locked by a verification. */
    private static List<String> writableIssues(WebClient client) throws IOException, InterruptedException {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            JsonNode record = JSON.readTree(client.get(API + "ACC-" + i, WebClient.basic("alice", "alice")).body());
            if (record.get("permissions").get("setExpectation").asBoolean() && !record.get("locked").asBoolean()) {
                keys.add("ACC-" + i);
            }
        }
        return keys;
    }

    /** Revises the expectation again and again, keeping each outcome the sandbox answered 200 for. */
    private static void write(WebClient client, String key, AtomicBoolean stop, List<String> acknowledged,
            Map<String, Long> lastVersion, java.util.concurrent.atomic.AtomicInteger thisRound)
            throws InterruptedException {
        try {
            long version = JSON.readTree(client.get(API + key, WebClient.basic("alice", "alice")).body())
                    .get("version").asLong();
            for (int n = 1; !stop.get(); n++) {
                String outcome = key + " outcome " + n + " at " + System.nanoTime();
                HttpResponse<String> response = client.json("PUT", API + key + "/expectation", JSON.writeValueAsString(
                        Map.of("outcome", outcome, "why", "Crash test", "targetDate", "2030-01-31", "goalLink", "",
                                "version", version)), WebClient.restWrite("alice"));
                if (response.statusCode() != 200) {
                    throw new AssertionError(key + ": " + response.statusCode() + " " + response.body());
                }
                version = JSON.readTree(response.body()).get("version").asLong();
                acknowledged.add(outcome);
                lastVersion.put(key, version);
                thisRound.incrementAndGet();
            }
        } catch (IOException killed) {
            // The process is gone: the writes acknowledged so far are what must survive.
        }
    }
}
