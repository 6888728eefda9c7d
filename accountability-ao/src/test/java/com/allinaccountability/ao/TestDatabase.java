package com.allinaccountability.ao;

import com.allinaccountability.ao.embedded.EntityManagers;
import com.allinaccountability.ao.entity.StoreEntities;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.java.ao.EntityManager;

/**
 * A database for one test class: embedded H2 or the real PostgreSQL, with the store's tables freshly created under a
 * table prefix of its own (so classes, and parallel builds on one PostgreSQL, never see each other's rows), a
 * statement counter in front, and the tables dropped again on {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {

    static final String POSTGRES_URL = "jdbc:postgresql://localhost:5432/ao_test";
    static final String POSTGRES_USER = "ao_user";
    static final String POSTGRES_PASSWORD = "ao_password";
    static final String POSTGRES_SCHEMA = "ao_schema";

    private final String name;
    private final HikariDataSource pool;
    private final CountingDataSource counter;
    private final String schema;
    private final String tablePrefix;
    private final EntityManager entityManager;
    private final EntityManagerSession session;

    private TestDatabase(String name, HikariDataSource pool, String schema) {
        this.name = name;
        this.pool = pool;
        this.counter = CountingDataSource.over(pool);
        this.schema = schema;
        this.tablePrefix = randomPrefix();
        this.entityManager = EntityManagers.forDataSource(counter.dataSource(), schema, tablePrefix);
        this.session = new EntityManagerSession(entityManager);
        session.migrate(StoreEntities.asArray());
    }

    /**
     * A private in-memory H2 database. Not AO's {@code H2Memory} test configuration: it appends {@code ;MVCC=TRUE},
     * which H2 2.x refuses.
     */
    static TestDatabase h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:ao_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        return new TestDatabase("H2", new HikariDataSource(config), "PUBLIC");
    }

    /** The PostgreSQL server that {@code .ci/setup-postgres.sh} prepares; fails loudly when it is not there. */
    static TestDatabase postgres() {
        return postgres(POSTGRES_URL);
    }

    static TestDatabase postgres(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(POSTGRES_USER);
        config.setPassword(POSTGRES_PASSWORD);
        config.setMaximumPoolSize(8);
        config.setInitializationFailTimeout(5_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
            try (Connection connection = pool.getConnection();
                    ResultSet schemas = connection.getMetaData().getSchemas(null, POSTGRES_SCHEMA)) {
                if (!schemas.next()) {
                    pool.close();
                    throw new IllegalStateException("Schema " + POSTGRES_SCHEMA + " does not exist in " + url);
                }
            }
        } catch (RuntimeException | SQLException e) {
            throw new IllegalStateException("The PostgreSQL store tests need " + url + " (user "
                    + POSTGRES_USER + ", schema " + POSTGRES_SCHEMA + ") and cannot reach it: " + e.getMessage()
                    + ". Run `sudo bash .ci/setup-postgres.sh` from the repository root to start PostgreSQL and "
                    + "create the role, database and schema, then run the tests again.", e);
        }
        return new TestDatabase("PostgreSQL", pool, POSTGRES_SCHEMA);
    }

    String name() {
        return name;
    }

    EntityManagerSession session() {
        return session;
    }

    AoRecordStore store() {
        return new AoRecordStore(session);
    }

    CountingDataSource counter() {
        return counter;
    }

    String tablePrefix() {
        return tablePrefix;
    }

    String schema() {
        return schema;
    }

    /** A plain connection, not counted, for looking at the schema and rows directly. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** The full name of one of the store's tables, e.g. {@code AO_1A2B3C_RECORD}. */
    String table(String shortName) {
        return tablePrefix + shortName;
    }

    /** Rows in one of the store's tables, counted directly with SQL. */
    int rows(String shortName, String where) throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + qualified(shortName)
                        + (where.isEmpty() ? "" : " WHERE " + where))) {
            rows.next();
            return rows.getInt(1);
        }
    }

    String qualified(String shortName) {
        return schema + ".\"" + table(shortName) + "\"";
    }

    /** Our tables, as the database names them. */
    List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = connection();
                ResultSet rs = connection.getMetaData().getTables(null, schema, tablePrefix + "%",
                        new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String table : tables()) {
                statement.execute("DROP TABLE " + schema + ".\"" + table + "\" CASCADE");
            }
        } finally {
            pool.close();
        }
    }

    /** {@code AO_} + six random hex digits + {@code _}, shaped like the prefix Jira gives a plugin. */
    private static String randomPrefix() {
        return "AO_" + String.format(Locale.ROOT, "%06X", ThreadLocalRandom.current().nextInt(0x1000000)) + "_";
    }
}
