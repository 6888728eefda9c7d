package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.db.Counters;
import com.allinaccountability.sandbox.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The sandbox's projects ({@code SBX_PROJECT}). */
public final class Projects {

    private static final String COLUMNS = "ID, PROJECT_KEY, NAME, LEAD_USER";

    private final Jdbc jdbc;

    public Projects(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Project> byKey(String projectKey) {
        if (!isKeyLike(projectKey)) {
            return Optional.empty();
        }
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM SBX_PROJECT WHERE PROJECT_KEY = ?", Projects::map,
                projectKey);
    }

    /**
     * Whether the text can be a key at all: no key contains U+0000, which PostgreSQL's driver refuses outright, so
     * such a lookup is answered "not found" instead of failing.
     */
    static boolean isKeyLike(String key) {
        return key != null && key.indexOf('\u0000') < 0;
    }

    public Optional<Project> byId(long projectId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM SBX_PROJECT WHERE ID = ?", Projects::map, projectId);
    }

    /** The counter that numbers the project's issues ({@code ACC-1}, {@code ACC-2}, ...). */
    static String issueNumberCounter(long projectId) {
        return "issue.number." + projectId;
    }

    void create(Connection connection, Project project) throws SQLException {
        Jdbc.update(connection, "INSERT INTO SBX_PROJECT (" + COLUMNS + ") VALUES (?, ?, ?, ?)", project.id(),
                project.key(), project.name(), project.lead().value());
        Counters.ensure(connection, issueNumberCounter(project.id()), 1);
    }

    private static Project map(java.sql.ResultSet row) throws SQLException {
        return new Project(row.getLong(1), row.getString(2), row.getString(3), UserKey.of(row.getString(4)));
    }
}
