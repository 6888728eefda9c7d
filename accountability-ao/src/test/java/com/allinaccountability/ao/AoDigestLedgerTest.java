package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The {@code DigestLedger} port on Active Objects, on H2 and PostgreSQL through the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AoDigestLedgerTest {

    static final Instant T0 = Instant.parse("2026-11-30T06:00:00Z");
    static final Duration ABANDONED = Duration.ofHours(1);
    private static final AtomicLong PERIODS = new AtomicLong();

    TestDatabase database;
    AoDigestLedger ledger;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        ledger = new AoDigestLedger(database.session());
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    /** A period of its own for each test. */
    static String newPeriod() {
        return "2026-W" + PERIODS.incrementAndGet();
    }

    @Test
    void a_digest_is_claimed_once() {
        String period = newPeriod();
        assertThat(ledger.claim("bob", period, T0, ABANDONED)).isTrue();
        assertThat(ledger.claim("bob", period, T0.plusSeconds(60), ABANDONED)).isFalse();
        // Another recipient, or another period, is another entry.
        assertThat(ledger.claim("alice", period, T0, ABANDONED)).isTrue();
        assertThat(ledger.claim("bob", newPeriod(), T0, ABANDONED)).isTrue();
    }

    @Test
    void a_sent_digest_is_never_claimed_again() {
        String period = newPeriod();
        assertThat(ledger.claim("bob", period, T0, ABANDONED)).isTrue();
        ledger.sent("bob", period, T0.plusSeconds(5));
        assertThat(ledger.claim("bob", period, T0.plusSeconds(10), ABANDONED)).isFalse();
        assertThat(ledger.claim("bob", period, T0.plus(Duration.ofDays(30)), ABANDONED)).isFalse();
    }

    @Test
    void a_failed_digest_is_claimed_again_once() {
        String period = newPeriod();
        assertThat(ledger.claim("bob", period, T0, ABANDONED)).isTrue();
        ledger.failed("bob", period, T0.plusSeconds(5), "SMTP said no");
        assertThat(ledger.claim("bob", period, T0.plusSeconds(10), ABANDONED)).isTrue();
        assertThat(ledger.claim("bob", period, T0.plusSeconds(11), ABANDONED)).isFalse();
        ledger.sent("bob", period, T0.plusSeconds(12));
        assertThat(ledger.claim("bob", period, T0.plusSeconds(13), ABANDONED)).isFalse();
        assertThat(ledger.claim("bob", period, T0.plus(Duration.ofDays(1)), ABANDONED)).isFalse();
    }

    @Test
    void a_claim_abandoned_longer_than_the_limit_is_taken_over() {
        String period = newPeriod();
        assertThat(ledger.claim("bob", period, T0, ABANDONED)).isTrue();
        assertThat(ledger.claim("bob", period, T0.plus(ABANDONED), ABANDONED)).as("not longer than").isFalse();
        assertThat(ledger.claim("bob", period, T0.plus(ABANDONED).plusNanos(1), ABANDONED)).isTrue();
        // The take-over is a fresh claim, itself abandoned only an hour after it.
        assertThat(ledger.claim("bob", period, T0.plus(ABANDONED).plusSeconds(60), ABANDONED)).isFalse();
    }

    @Test
    void an_outcome_without_a_claim_is_still_recorded() {
        String period = newPeriod();
        ledger.failed("carol", period, T0, "x".repeat(AoDigestLedger.MAX_REASON + 10));
        assertThat(ledger.claim("carol", period, T0.plusSeconds(1), ABANDONED)).isTrue();
        String sent = newPeriod();
        ledger.sent("carol", sent, T0);
        assertThat(ledger.claim("carol", sent, T0.plusSeconds(1), ABANDONED)).isFalse();
    }

    @Test
    void the_key_tells_every_recipient_and_period_apart() {
        // "a:b" + "c" and "a" + "b:c" must not be one entry.
        String period = newPeriod();
        assertThat(ledger.claim("a:" + period, "c", T0, ABANDONED)).isTrue();
        assertThat(ledger.claim("a", period + ":c", T0, ABANDONED)).isTrue();
        String longRecipient = "r".repeat(255);
        assertThat(ledger.claim(longRecipient, period, T0, ABANDONED)).isTrue();
        assertThat(ledger.claim(longRecipient, period, T0, ABANDONED)).isFalse();
    }

    @Test
    void a_new_claim_is_one_statement() {
        String period = newPeriod();
        assertThat(database.counter().countDuring(() -> ledger.claim("dave", period, T0, ABANDONED))).isEqualTo(1);
        assertThat(database.counter().countDuring(() -> ledger.claim("dave", period, T0, ABANDONED)))
                .isLessThanOrEqualTo(2);
    }
}
