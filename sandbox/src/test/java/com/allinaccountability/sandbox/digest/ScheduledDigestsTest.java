package com.allinaccountability.sandbox.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sandbox's own schedule sends the digests without anyone asking (here every second instead of every hour). */
class ScheduledDigestsTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension()
            .withOptions(options -> options.withDigestEvery(Duration.ofSeconds(1)));

    @Test
    void the_scheduler_fills_the_outbox_once_per_period() throws Exception {
        assertThat(SANDBOX.sandbox().digestsScheduled()).isTrue();
        WebClient alice = new WebClient(SANDBOX);
        alice.logIn("alice", "alice");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int mails = 0;
        while (mails < 4 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            mails = Jsoup.parse(alice.get("/outbox").body()).select("article.sbx-mail").size();
        }
        assertThat(mails).as("alice, bob, carol and the ACC lead's digest").isGreaterThanOrEqualTo(4);
        Thread.sleep(3000);
        assertThat(Jsoup.parse(alice.get("/outbox").body()).select("article.sbx-mail"))
                .as("later rounds in the same period send nothing").hasSize(mails);
    }
}
