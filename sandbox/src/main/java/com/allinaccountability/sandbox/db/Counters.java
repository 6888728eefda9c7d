package com.allinaccountability.sandbox.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Hands out blocks of numbers from {@code SBX_COUNTER} rows. The {@code UPDATE} takes the row lock first, so two
 * sandbox nodes sharing one PostgreSQL database never hand out the same number; the caller's transaction holds the
 * lock until it commits.
 */
public final class Counters {

    private Counters() {}

    /** Creates the counter if it does not exist yet; an existing counter keeps its value. */
    public static void ensure(Connection connection, String name, long firstValue) throws SQLException {
        List<Long> existing = Jdbc.query(connection, "SELECT NEXT_VALUE FROM SBX_COUNTER WHERE NAME = ?",
                row -> row.getLong(1), name);
        if (existing.isEmpty()) {
            Jdbc.update(connection, "INSERT INTO SBX_COUNTER (NAME, NEXT_VALUE) VALUES (?, ?)", name, firstValue);
        }
    }

    /** Reserves {@code count} consecutive numbers and answers the first of them. */
    public static long reserve(Connection connection, String name, long count) throws SQLException {
        int updated = Jdbc.update(connection, "UPDATE SBX_COUNTER SET NEXT_VALUE = NEXT_VALUE + ? WHERE NAME = ?",
                count, name);
        if (updated != 1) {
            throw new IllegalStateException("Counter " + name + " does not exist; the sample data creates it.");
        }
        long next = Jdbc.query(connection, "SELECT NEXT_VALUE FROM SBX_COUNTER WHERE NAME = ?",
                row -> row.getLong(1), name).get(0);
        return next - count;
    }
}
