package com.allinaccountability.sandbox.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new, empty PostgreSQL database for one test class on the local server ({@code 127.0.0.1:5432}, owned by the test
 * role {@link #USER} that {@code .ci/setup-postgres.sh} creates), dropped afterwards. Its
 * name is fixed when the extension is built, so that sandboxes declared after it can be given its URL.
 */
public final class FreshPostgresDatabase implements BeforeAllCallback, AfterAllCallback {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /**
     * The role {@code .ci/setup-postgres.sh} creates for these tests: it may create databases and owns those it
     * creates. A password, not trust: a freshly installed PostgreSQL asks for one on TCP.
     */
    public static final String USER = "sandbox_test";
    public static final String PASSWORD = "sandbox_test";

    private final String name = "acc_sbx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    public String jdbcUrl() {
        return SERVER + name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        drop();
    }

    void create() throws SQLException {
        // The name is ours (letters and digits only), never input: safe to put into DDL, which takes no parameters.
        execute("CREATE DATABASE " + name);
    }

    void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
