package com.allinaccountability.sandbox.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.SandboxOptions.SmtpServer;
import com.allinaccountability.sandbox.WebClient;
import com.allinaccountability.sandbox.digest.Mails;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two sandbox nodes on one PostgreSQL database, both sending through one SMTP server (GreenMail): alice asks both for
 * a digest run at the same moment, round after round, and every digest arrives exactly once (the ledger's claim
 * decides which node sends it). Between rounds one person switches to daily digests, which makes one new digest due.
 */
class DigestsOnTwoNodesTest {

    @RegisterExtension
    @Order(1)
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase();

    @RegisterExtension
    @Order(2)
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    @Order(3)
    static final SandboxExtension NODE_A = SandboxExtension.onPostgres(DATABASE.jdbcUrl())
            .withOptions(options -> options.withSmtp(new SmtpServer("127.0.0.1", SMTP.getSmtp().getPort())));

    @RegisterExtension
    @Order(4)
    static final SandboxExtension NODE_B = SandboxExtension.onPostgres(DATABASE.jdbcUrl())
            .withOptions(options -> options.withSmtp(new SmtpServer("127.0.0.1", SMTP.getSmtp().getPort())));

    @Test
    void concurrent_runs_on_two_nodes_deliver_each_digest_exactly_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int expected = 0;
        try {
            // Round 0 sends everyone's weekly digest; then bob, carol and alice in turn switch to daily, each of which
            // makes exactly one new digest due (their daily one); the last rounds find nothing new.
            List<String> switches = new ArrayList<>(List.of("", "bob", "carol", "alice", "", ""));
            for (int round = 0; round < switches.size(); round++) {
                String switching = switches.get(round);
                if (!switching.isEmpty()) {
                    Mails.prefer(new WebClient(NODE_A), switching, "DAILY");
                }
                CyclicBarrier together = new CyclicBarrier(2);
                Future<HttpResponse<String>> onA = pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return Mails.run(new WebClient(NODE_A), "alice");
                });
                Future<HttpResponse<String>> onB = pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return Mails.run(new WebClient(NODE_B), "alice");
                });
                JsonNode a = body(onA.get(60, TimeUnit.SECONDS));
                JsonNode b = body(onB.get(60, TimeUnit.SECONDS));
                int sent = a.get("sent").asInt() + b.get("sent").asInt();
                assertThat(a.get("failed").asInt() + b.get("failed").asInt()).as("round %d", round).isZero();
                if (round == 0) {
                    assertThat(sent).as("alice, bob, carol and the ACC lead at least").isGreaterThanOrEqualTo(4);
                } else {
                    assertThat(sent).as("round %d (%s switched)", round, switching)
                            .isEqualTo(switching.isEmpty() ? 0 : 1);
                }
                expected += sent;
                assertThat(SMTP.waitForIncomingEmail(10_000, expected)).isTrue();
                Thread.sleep(300);
                assertThat(SMTP.getReceivedMessages()).as("mails after round %d", round).hasSize(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> perDigest = new HashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            Mails mail = Mails.of(message);
            String digest = mail.to() + " " + (mail.subject().contains("Weekly digest of") ? mail.subject()
                    : mail.text().contains("today") ? "daily" : "weekly");
            perDigest.merge(digest, 1, Integer::sum);
        }
        assertThat(perDigest).as("each digest once").allSatisfy((digest, count) -> assertThat(count).isEqualTo(1));
        assertThat(perDigest).containsKeys("bob@example.com daily", "carol@example.com daily",
                "alice@example.com daily", "bob@example.com weekly", "alice@example.com weekly");
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Mails.json(response);
    }
}
