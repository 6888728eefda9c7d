package com.allinaccountability.sandbox.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One node at a time creates the schema and seeds the samples. Several sandbox nodes may start at once on one empty
 * PostgreSQL database, as Data Center nodes do; without this, both see no counter row and both insert it, and one dies
 * on the primary key. On PostgreSQL it is a transaction-level advisory lock on a connection of its own, held until
 * {@link #close()} (and released by the server if the node dies). An embedded H2 database belongs to one process,
 * so there it is nothing.
 */
public final class StartupLock implements AutoCloseable {
    /** The advisory lock's key: any number no other user of the database takes; this one spells "ACCT". */
    static final long KEY = 0x41434354L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other node holds the lock, then holds it. */
    public static StartupLock acquire(Database database) throws SQLException {
        if (database.dialect() != Database.Dialect.POSTGRESQL) {
            return new StartupLock(null);
        }
        Connection connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, KEY);
                lock.execute();
            }
            return new StartupLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Ends the lock's transaction, which releases the lock, and gives the connection back. */
    @Override
    public void close() throws SQLException {
        if (connection != null) {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }
}
