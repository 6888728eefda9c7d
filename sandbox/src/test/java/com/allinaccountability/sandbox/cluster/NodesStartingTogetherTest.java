package com.allinaccountability.sandbox.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.Main;
import com.allinaccountability.sandbox.Sandbox;
import com.allinaccountability.sandbox.SandboxOptions;
import com.allinaccountability.sandbox.host.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two nodes started at the same moment on one empty PostgreSQL database both come up, and the database is created and
 * seeded once: before the startup lock, one of them often died on {@code sbx_counter_pkey}.
 */
class NodesStartingTogetherTest {
    private static final int ROUNDS = 10;

    @Test
    void two_nodes_started_together_on_an_empty_database_both_come_up_and_seed_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                FreshPostgresDatabase database = new FreshPostgresDatabase();
                database.create();
                List<Sandbox> nodes = new ArrayList<>();
                List<Path> dirs = List.of(Files.createTempDirectory("sandbox-node-"),
                        Files.createTempDirectory("sandbox-node-"));
                try {
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<Sandbox>> starts = new ArrayList<>();
                    for (Path dir : dirs) {
                        starts.add(pool.submit(() -> {
                            together.await(30, TimeUnit.SECONDS);
                            return Sandbox.start(new SandboxOptions(0, dir, Optional.of(database.jdbcUrl()),
                                    FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD, 0), Main.MODULE,
                                    done -> {});
                        }));
                    }
                    // Every node that came up is closed below, also when the other one failed.
                    Exception failed = null;
                    for (Future<Sandbox> start : starts) {
                        try {
                            nodes.add(start.get(120, TimeUnit.SECONDS));
                        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                            failed = failed == null ? e : failed;
                        }
                    }
                    if (failed != null) {
                        throw new AssertionError("round " + round + ": a node did not start", failed);
                    }

                    assertThat(nodes.stream().filter(Sandbox::seededNow)).as("round %d: nodes that seeded", round)
                            .hasSize(1);
                    assertThat(count(database, "SELECT COUNT(*) FROM SBX_ISSUE WHERE PROJECT_ID = "
                            + SampleData.ACC_PROJECT_ID)).as("round %d: sample issues", round).isEqualTo(25);
                    assertThat(count(database, "SELECT COUNT(*) FROM SBX_USER")).as("sample users").isEqualTo(5);
                    assertThat(nodes.get(1).host().issues().byKey("ACC-1")).isPresent();
                } finally {
                    for (Sandbox node : nodes) {
                        node.close();
                    }
                    database.drop();
                    for (Path dir : dirs) {
                        Files.deleteIfExists(dir); // a node on PostgreSQL writes nothing there
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(FreshPostgresDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), FreshPostgresDatabase.USER,
                FreshPostgresDatabase.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
