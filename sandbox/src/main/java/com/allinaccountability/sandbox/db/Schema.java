package com.allinaccountability.sandbox.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The sandbox host's own tables, all prefixed {@code SBX_} so that they never collide with the accountability store's
 * tables in the same database. Created idempotently at every start ({@code IF NOT EXISTS}), in a form H2 and PostgreSQL
 * both accept. Several sandbox nodes may share one PostgreSQL database, so nothing here assumes a single writer.
 */
public final class Schema {

    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE IF NOT EXISTS SBX_META (
              NAME VARCHAR(100) PRIMARY KEY,
              VAL VARCHAR(1000) NOT NULL)""",
            // Counters handed out under a row lock: issue ids and per-project issue numbers stay unique across nodes.
            """
            CREATE TABLE IF NOT EXISTS SBX_COUNTER (
              NAME VARCHAR(100) PRIMARY KEY,
              NEXT_VALUE BIGINT NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS SBX_USER (
              USER_KEY VARCHAR(255) PRIMARY KEY,
              DISPLAY_NAME VARCHAR(255) NOT NULL,
              EMAIL VARCHAR(255) NOT NULL,
              PASSWORD_HASH VARCHAR(500) NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS SBX_PROJECT (
              ID BIGINT PRIMARY KEY,
              PROJECT_KEY VARCHAR(20) NOT NULL UNIQUE,
              NAME VARCHAR(255) NOT NULL,
              LEAD_USER VARCHAR(255) NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS SBX_PERMISSION (
              PROJECT_ID BIGINT NOT NULL,
              USER_KEY VARCHAR(255) NOT NULL,
              PERMISSION VARCHAR(20) NOT NULL,
              PRIMARY KEY (PROJECT_ID, USER_KEY, PERMISSION))""",
            """
            CREATE TABLE IF NOT EXISTS SBX_ISSUE (
              ID BIGINT PRIMARY KEY,
              ISSUE_KEY VARCHAR(40) NOT NULL UNIQUE,
              PROJECT_ID BIGINT NOT NULL,
              ISSUE_NUM BIGINT NOT NULL,
              ISSUE_TYPE VARCHAR(40) NOT NULL,
              SUMMARY VARCHAR(255) NOT NULL,
              STATUS VARCHAR(60) NOT NULL,
              STATUS_CATEGORY VARCHAR(20) NOT NULL,
              ASSIGNEE VARCHAR(255),
              REPORTER VARCHAR(255),
              DUE_DATE DATE,
              CREATED TIMESTAMP WITH TIME ZONE NOT NULL,
              RESOLVED TIMESTAMP WITH TIME ZONE,
              ORIGINAL_ESTIMATE BIGINT,
              TIME_SPENT BIGINT)""",
            "CREATE UNIQUE INDEX IF NOT EXISTS SBX_ISSUE_PROJECT_NUM ON SBX_ISSUE (PROJECT_ID, ISSUE_NUM)");

    private Schema() {}

    public static void create(Jdbc jdbc) {
        jdbc.inTransaction(connection -> {
            create(connection);
            return null;
        });
    }

    private static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }
}
