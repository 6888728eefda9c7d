package com.allinaccountability.ao;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a lost race from a fault by the SQL state of the {@link SQLException} somewhere in an exception's cause chain
 * (AO, Jira's {@code ActiveObjects} and {@link EntityManagerSession} each wrap it differently).
 */
final class Conflicts {

    /** Unique violation: another writer took the same ledger row (PostgreSQL, H2: 23505; Oracle, SQL Server: 23000). */
    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505", "23000");

    /**
     * The database gave up on this transaction because of a concurrent one and asks for a retry: serialization failure
     * or deadlock (40001, PostgreSQL's 40P01), H2's lock timeout (HYT00) and concurrent update (90131).
     */
    private static final Set<String> RETRY_ASKED = Set.of("40001", "40P01", "HYT00", "90131");

    /** Serialization failure and deadlock (SQL standard 40001, PostgreSQL's 40P01); H2's concurrent update (90131). */
    private static final Set<String> SERIALIZATION = Set.of("40001", "40P01", "90131");

    private Conflicts() {
    }

    /** Whether {@code failure} says another transaction wrote the same thing first. */
    static boolean isConcurrentWrite(Throwable failure) {
        return hasState(failure, UNIQUE_VIOLATION) || isRetryAsked(failure);
    }

    /** Whether {@code failure} is a unique violation: another writer holds the same key. */
    static boolean isUniqueViolation(Throwable failure) {
        return hasState(failure, UNIQUE_VIOLATION);
    }

    /**
     * Whether the database refused the transaction only because of concurrent ones (serialization failure, deadlock):
     * the one kind of failure that may be answered as a conflict after every retry failed, since retrying later can
     * succeed. A unique violation that persists after the stored version was found unchanged is a fault, not a race.
     */
    static boolean isSerializationConflict(Throwable failure) {
        return hasState(failure, SERIALIZATION);
    }

    /** Whether the database asks to run the transaction again (never a unique violation). */
    static boolean isRetryAsked(Throwable failure) {
        return hasState(failure, RETRY_ASKED);
    }

    private static boolean hasState(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && states.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first cause of the given type, or null. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
