package com.allinaccountability.sandbox.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxOptions;
import com.allinaccountability.sandbox.cluster.FreshPostgresDatabase;
import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.hooks.DigestJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The digest scheduler: one node at a time on a shared PostgreSQL database (a round skips while another node holds
 * the advisory lock), failures never end the schedule, and closing stops it.
 */
class DigestSchedulerTest {

    @RegisterExtension
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase();

    private static Database postgres() {
        return Database.open(new SandboxOptions(0, Path.of("unused"), Optional.of(DATABASE.jdbcUrl()),
                FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD, 0));
    }

    @Test
    void a_round_skips_while_another_node_holds_the_lock_and_runs_once_it_is_free() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        DigestJob job = () -> "run " + runs.incrementAndGet();
        try (Database nodeA = postgres(); Database nodeB = postgres();
                DigestScheduler scheduler = DigestScheduler.start(nodeA, job, Duration.ZERO)) {
            try (Connection other = nodeB.dataSource().getConnection()) {
                other.setAutoCommit(false);
                try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, DigestScheduler.LOCK_KEY);
                    lock.execute();
                }
                assertThat(scheduler.round()).as("node B is running the digests").isFalse();
                assertThat(runs).hasValue(0);
                other.rollback();
            }
            assertThat(scheduler.round()).isTrue();
            assertThat(runs).hasValue(1);
            assertThat(scheduler.round()).as("the lock went with the round's transaction").isTrue();
            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void two_nodes_starting_a_round_at_once_run_it_one_at_a_time() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DigestJob job = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(300);
            running.decrementAndGet();
            return "slow";
        };
        try (Database nodeA = postgres(); Database nodeB = postgres();
                DigestScheduler a = DigestScheduler.start(nodeA, job, Duration.ZERO);
                DigestScheduler b = DigestScheduler.start(nodeB, job, Duration.ZERO)) {
            for (int round = 0; round < 5; round++) {
                var onA = java.util.concurrent.CompletableFuture.supplyAsync(a::round);
                var onB = java.util.concurrent.CompletableFuture.supplyAsync(b::round);
                assertThat(onA.get(10, TimeUnit.SECONDS) || onB.get(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(most).as("rounds running at the same moment").hasValue(1);
    }

    @Test
    void a_failing_round_is_logged_and_the_schedule_goes_on_until_closed() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        DigestJob failing = () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("SMTP server down");
        };
        Path dir = Files.createTempDirectory("digest-scheduler-");
        try (Database h2 = Database.open(SandboxOptions.h2(dir))) {
            DigestScheduler scheduler = DigestScheduler.start(h2, failing, Duration.ofMillis(50));
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (attempts.get() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(attempts.get()).as("rounds after failures").isGreaterThanOrEqualTo(3);
                assertThat(scheduler.running()).isTrue();
            } finally {
                scheduler.close();
            }
            assertThat(scheduler.running()).isFalse();
            int afterClose = attempts.get();
            Thread.sleep(200);
            assertThat(attempts.get()).isEqualTo(afterClose);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void zero_turns_the_scheduler_off() throws Exception {
        try (Database db = postgres(); DigestScheduler scheduler = DigestScheduler.start(db, () -> "x",
                Duration.ZERO)) {
            assertThat(scheduler.running()).isFalse();
        }
    }
}
