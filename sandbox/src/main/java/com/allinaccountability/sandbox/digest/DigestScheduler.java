package com.allinaccountability.sandbox.digest;

import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.hooks.DigestJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the {@link DigestJob} every {@code --digest-every} minutes, the first time shortly after start, on a daemon
 * thread of its own. When several nodes share a PostgreSQL database, one node at a time runs it: a round first tries a
 * transaction-level advisory lock on a connection of its own and skips if another node holds it (that node is doing
 * the work; the digest ledger would stop a double mail anyway, this saves the second node the whole walk). The lock
 * goes with the transaction, so a node that dies mid-run frees it. An embedded H2 database has one node: no lock.
 * A failing round is logged and never stops the schedule.
 */
public final class DigestScheduler implements AutoCloseable {
    /** The advisory lock's key, beside the startup lock's ("ACCT"); this one spells "ACCD". */
    static final long LOCK_KEY = 0x41434344L;
    /** How soon after start the first round runs (or after one interval, if that is shorter). */
    static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(DigestScheduler.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Database database;
    private final DigestJob job;
    private final ScheduledExecutorService executor;

    private DigestScheduler(Database database, DigestJob job, ScheduledExecutorService executor) {
        this.database = database;
        this.job = job;
        this.executor = executor;
    }

    /** Starts the schedule; {@code every} zero (or the {@link DigestJob#NONE} job) starts nothing. */
    public static DigestScheduler start(Database database, DigestJob job, Duration every) {
        if (every.isZero() || job == DigestJob.NONE) {
            return new DigestScheduler(database, job, null);
        }
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "sandbox-digests-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(daemons);
        DigestScheduler scheduler = new DigestScheduler(database, job, executor);
        long first = Math.min(FIRST_RUN_AFTER.toMillis(), every.toMillis());
        // Fixed delay: a long run (a slow SMTP server) pushes the next one back instead of queueing rounds up.
        executor.scheduleWithFixedDelay(scheduler::round, first, every.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    /**
     * One round: runs the job unless another node is running it. Never throws (an exception would cancel the
     * schedule).
     *
     * @return whether this node ran the job
     */
    public boolean round() {
        try {
            if (database.dialect() != Database.Dialect.POSTGRESQL) {
                runJob();
                return true;
            }
            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try {
                    if (!tryLock(connection)) {
                        LOG.log(System.Logger.Level.DEBUG, "Digests: another node is running them; skipped");
                        return false;
                    }
                    runJob();
                    return true;
                } finally {
                    // Ends the lock's transaction: the lock is released with it.
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (Throwable e) { // an Error (a missing class, say) escaping here would end the schedule for good
            LOG.log(System.Logger.Level.ERROR, "Digest run failed; the next round runs as scheduled", e);
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return false;
        }
    }

    private void runJob() throws Exception {
        long started = System.nanoTime();
        String summary = job.run();
        LOG.log(System.Logger.Level.INFO, "Digests run in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                + summary);
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    public boolean running() {
        return executor != null && !executor.isShutdown();
    }

    /** Stops the schedule and waits briefly for a running round to finish. */
    @Override
    public void close() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "A digest run was still going when the sandbox stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
