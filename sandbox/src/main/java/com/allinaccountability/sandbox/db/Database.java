package com.allinaccountability.sandbox.db;

import com.allinaccountability.sandbox.SandboxOptions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;

/** The sandbox's one pooled {@link DataSource}: an embedded H2 file database, or a PostgreSQL database. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    public static Database open(SandboxOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sandbox");
        config.setMaximumPoolSize(16);
        if (options.jdbcUrl().isPresent()) {
            config.setJdbcUrl(options.jdbcUrl().get());
            config.setUsername(options.dbUser());
            config.setPassword(options.dbPassword());
            // Lets --generate send its batches as multi-row inserts.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            return new Database(new HikariDataSource(config), Dialect.POSTGRESQL);
        }
        Path dir = options.dataDir().toAbsolutePath().normalize();
        // A file database survives restarts; AUTO_SERVER is not used: one sandbox process owns an H2 directory.
        // QUERY_CACHE_SIZE: parsed statements kept per connection (default 8); a panel read alone runs more distinct
        // statements than that, so with the default every request parsed its SQL again. MAX_LENGTH_INPLACE_LOB:
        // text columns of unlimited length (the record snapshot) up to 16 KiB stay in their row instead of H2's
        // separate LOB store (default 256 bytes), so reading a record stays one row read. WRITE_DELAY=0: H2 writes
        // each commit to its file before the commit returns (by default it does so up to 500 ms later, from a
        // background thread), so a write the sandbox acknowledged survives the process being killed. It does not
        // fsync: a power cut may still lose the last commits, as the operating system may not have written them.
        // The system property sandbox.h2.writeDelay exists for bench/h2-durability.sh alone, which measures what
        // durability costs; any other value than 0 gives up the guarantee above.
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("sandbox").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;MAX_LENGTH_INPLACE_LOB=16384;WRITE_DELAY="
                + Integer.getInteger("sandbox.h2.writeDelay", 0));
        config.setUsername("sa");
        config.setPassword("");
        return new Database(new HikariDataSource(config), Dialect.H2);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** The two databases the sandbox runs on. */
    public enum Dialect {
        H2,
        POSTGRESQL
    }
}
