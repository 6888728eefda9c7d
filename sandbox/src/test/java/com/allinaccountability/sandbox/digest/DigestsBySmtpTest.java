package com.allinaccountability.sandbox.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.SandboxOptions.SmtpServer;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A digest run delivered through a real SMTP server (GreenMail) with {@code --smtp}: who gets a mail, what it says,
 * both MIME parts, links to the issues, hostile text escaped in the HTML part only, and nothing twice in a period.
 */
class DigestsBySmtpTest {

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    @Order(2)
    static final SandboxExtension SANDBOX = new SandboxExtension()
            .withOptions(options -> options.withSmtp(new SmtpServer("127.0.0.1", SMTP.getSmtp().getPort())));

    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "erin");
    private static final String HOSTILE = "Ship <script>alert('digest')</script> & \"quotes\"";

    @Test
    void each_person_with_steps_and_the_lead_get_one_mail_and_a_second_run_sends_nothing() throws Exception {
        WebClient client = new WebClient(SANDBOX);
        String hostileKey = SANDBOX.newIssue(HOSTILE);
        HttpResponse<String> set = Mails.expect(client, "alice", hostileKey, "Shipped safely.");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        Set<String> withSteps = new TreeSet<>();
        for (String user : USERS) {
            if (Mails.waitingTotal(client, user) > 0) {
                withSteps.add(user + "@example.com");
            }
        }
        assertThat(withSteps).as("the sample data gives alice, bob and carol steps")
                .contains("alice@example.com", "bob@example.com", "carol@example.com")
                .doesNotContain("erin@example.com");

        HttpResponse<String> first = Mails.run(client, "alice");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode run = Mails.json(first);
        assertThat(run.get("failed").asInt()).isZero();
        assertThat(run.get("recordsIndexed").asInt()).isGreaterThan(20);
        // One personal digest each, and alice's weekly digest of ACC (GEN has no records: nothing to say).
        assertThat(run.get("sent").asInt()).isEqualTo(withSteps.size() + 1);

        assertThat(SMTP.waitForIncomingEmail(10_000, withSteps.size() + 1)).isTrue();
        List<Mails> mails = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            mails.add(Mails.of(message));
        }
        assertThat(mails).hasSize(withSteps.size() + 1);
        assertThat(mails.stream().filter(m -> m.subject().contains("steps wait for you")
                || m.subject().contains("One step waits for you")).map(Mails::to).toList())
                .containsExactlyInAnyOrderElementsOf(withSteps);
        assertThat(mails.stream().filter(m -> m.subject().equals(
                "[Accountability] Weekly digest of Accountability sample (ACC)")).map(Mails::to).toList())
                .containsExactly("alice@example.com");
        for (Mails mail : mails) {
            assertThat(mail.contentType()).startsWith("multipart/alternative");
            assertThat(mail.textType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(mail.htmlType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
            assertThat(mail.subject()).startsWith("[Accountability] ");
        }

        Mails bobs = mails.stream().filter(m -> m.to().equals("bob@example.com")).findFirst().orElseThrow();
        String link = SANDBOX.baseUri() + "/browse/" + hostileKey;
        assertThat(bobs.subject()).isEqualTo("[Accountability] " + Mails.waitingTotal(client, "bob")
                + " steps wait for you");
        assertThat(bobs.html()).contains("href=\"" + link + "\"")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>")
                .contains(SANDBOX.baseUri() + "/plugins/servlet/accountability/waiting");
        assertThat(bobs.text()).contains(link).contains(HOSTILE);
        assertThat(bobs.text()).doesNotContain("&lt;");

        HttpResponse<String> again = Mails.run(client, "alice");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Mails.json(again).get("sent").asInt()).isZero();
        assertThat(Mails.json(again).get("alreadySent").asInt()).isGreaterThanOrEqualTo(withSteps.size() + 1);
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).as("nothing more in the same period").hasSize(withSteps.size() + 1);
    }
}
