package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Never skipped: without the server every test fails, naming {@code .ci/setup-postgres.sh}. */
@DisplayName("DigestLedger on PostgreSQL")
class PostgresAoDigestLedgerTest extends AoDigestLedgerTest {
    private static final int THREADS = 8;

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }

    @Test
    void of_eight_nodes_claiming_a_new_digest_at_once_exactly_one_wins() throws Exception {
        for (int round = 0; round < 10; round++) {
            String period = newPeriod();
            assertThat(claimAtOnce("erin", period, T0)).isEqualTo(1);
        }
    }

    @Test
    void of_eight_nodes_taking_over_a_failed_digest_at_once_exactly_one_wins() throws Exception {
        for (int round = 0; round < 10; round++) {
            String period = newPeriod();
            assertThat(ledger.claim("frank", period, T0, ABANDONED)).isTrue();
            ledger.failed("frank", period, T0.plusSeconds(1), "down");
            assertThat(claimAtOnce("frank", period, T0.plusSeconds(2))).isEqualTo(1);
        }
    }

    @Test
    void of_eight_nodes_taking_over_an_abandoned_claim_at_once_exactly_one_wins() throws Exception {
        for (int round = 0; round < 10; round++) {
            String period = newPeriod();
            assertThat(ledger.claim("gina", period, T0, ABANDONED)).isTrue();
            assertThat(claimAtOnce("gina", period, T0.plus(ABANDONED).plusSeconds(1))).isEqualTo(1);
        }
    }

    /** How many of {@value #THREADS} threads claiming together got the claim. */
    private int claimAtOnce(String recipient, String period, Instant now) throws Exception {
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                claims.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return ledger.claim(recipient, period, now, ABANDONED);
                }));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                if (claim.get(60, TimeUnit.SECONDS)) {
                    won++;
                }
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }
}
