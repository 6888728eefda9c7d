package com.allinaccountability.ao;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's one retry policy: transactions the database refused because of a concurrent one are run again, at most
 * {@value #MAX_ATTEMPTS} times, after random, growing pauses; a versioned save that keeps losing to serialization
 * failures is answered as stale, so contention ends in a conflict the caller can retry, never in a server error. Record saves and policy saves both
 * go through {@link #saveVersioned}.
 */
final class Transactions {

    /** Tries of one transaction that the database refused because of a concurrent one. */
    static final int MAX_ATTEMPTS = 5;

    // The store's own category, as before the retry loops moved here.
    private static final Logger LOG = LoggerFactory.getLogger(AoRecordStore.class);

    private final AoSession session;

    Transactions(AoSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    AoSession session() {
        return session;
    }

    /** {@code work} in one transaction, run again if the database asks for that (e.g. a serialization failure). */
    <T> T run(AoSession.TransactionWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return session.transaction(work);
            } catch (RuntimeException failure) {
                if (attempt == MAX_ATTEMPTS || !Conflicts.isRetryAsked(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    /**
     * {@code work} in one transaction, run again after a unique violation as well as whenever the database asks: for
     * work that first clears what it then inserts under a unique key (replace, upsert), where a violation only means
     * that a concurrent transaction inserted the same key first, and running again (which clears that) is the answer.
     */
    <T> T runAgainOnConcurrentWrite(AoSession.TransactionWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return session.transaction(work);
            } catch (RuntimeException failure) {
                if (attempt == MAX_ATTEMPTS || !Conflicts.isConcurrentWrite(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    /**
     * A save guarded by a version: {@code write} runs in one transaction and returns the new version, or throws
     * {@link StaleVersion} to roll back. A unique violation or a serialization failure is answered by reading the
     * stored version: if it moved, the save was stale; if it did not (the winner rolled back, or the database refused
     * a transaction that conflicted with nothing of ours), the save is tried again after a random pause, at most
     * {@value #MAX_ATTEMPTS} times; a serialization failure or deadlock that outlasts them is answered as stale,
     * anything else is thrown.
     *
     * @param expected      the version the saved value was based on
     * @param storedVersion reads the stored version (in its own transaction)
     * @param saved         the answer for a save that went through, given its new version
     * @param stale         the answer for a stale save, given the stored version
     * @param what          names the save in the log, e.g. {@code "Save of issue 7"}
     */
    <R> R saveVersioned(long expected, AoSession.TransactionWork<Long> write, LongSupplier storedVersion,
            LongFunction<R> saved, LongFunction<R> stale, String what) {
        for (int attempt = 1; ; attempt++) {
            try {
                long version = session.transaction(write);
                return saved.apply(version);
            } catch (RuntimeException failure) {
                StaleVersion staleVersion = Conflicts.find(failure, StaleVersion.class);
                if (staleVersion != null) {
                    return stale.apply(staleVersion.storedVersion);
                }
                if (!Conflicts.isConcurrentWrite(failure)) {
                    throw failure;
                }
                long stored = storedVersion.getAsLong();
                if (stored != expected) {
                    return stale.apply(stored);
                }
                if (attempt == MAX_ATTEMPTS) {
                    if (!Conflicts.isSerializationConflict(failure)) {
                        throw failure; // a unique or integrity violation that persists is a fault, not a race
                    }
                    // Still losing to concurrent transactions (PostgreSQL's serializable isolation refuses some that
                    // touched nothing in common): the caller gets a conflict to retry, never a server error.
                    LOG.warn("{} gave up after {} attempts under contention: {}", what, MAX_ATTEMPTS,
                            failure.toString());
                    return stale.apply(stored);
                }
                pause(attempt);
            }
        }
    }

    /**
     * Waits before the next try: growing with each attempt, and random, so that transactions that just failed each
     * other do not meet again at the same moment.
     */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a store transaction", e);
        }
    }

    /** Thrown inside a save's transaction to roll it back when the stored version is not the one it was based on. */
    static final class StaleVersion extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long storedVersion;

        StaleVersion(long storedVersion) {
            super("Stored version is " + storedVersion, null, false, false);
            this.storedVersion = storedVersion;
        }
    }
}
