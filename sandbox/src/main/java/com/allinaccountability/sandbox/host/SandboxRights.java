package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.sandbox.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The sandbox's permission scheme over {@code SBX_PERMISSION}: each user holds BROWSE, EDIT and ADMIN per project,
 * independently, as Jira's project roles grant them. Anonymous callers hold nothing. Read from the database on every
 * call (one indexed query) so that several nodes sharing a database always agree.
 */
public final class SandboxRights implements Rights {

    private final Jdbc jdbc;

    public SandboxRights(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean canBrowse(Caller caller, IssueFacts issue) {
        return permissions(caller, issue.projectId()).contains(ProjectPermission.BROWSE);
    }

    @Override
    public boolean canEdit(Caller caller, IssueFacts issue) {
        Set<ProjectPermission> held = permissions(caller, issue.projectId());
        // Jira needs Browse as well as Edit to change an issue.
        return held.contains(ProjectPermission.BROWSE) && held.contains(ProjectPermission.EDIT);
    }

    @Override
    public boolean isProjectAdmin(Caller caller, long projectId) {
        return permissions(caller, projectId).contains(ProjectPermission.ADMIN);
    }

    /** Whether the caller may browse the project at all (issue lists, project pages, policy, reports). */
    @Override
    public boolean canBrowseProject(Caller caller, long projectId) {
        return permissions(caller, projectId).contains(ProjectPermission.BROWSE);
    }

    /** The sandbox grants rights per project, so a page of issues costs one query per project on it. */
    @Override
    public Set<Long> browsable(Caller caller, java.util.Collection<IssueFacts> issues) {
        java.util.Map<Long, Boolean> byProject = new java.util.HashMap<>();
        Set<Long> ids = new java.util.HashSet<>();
        for (IssueFacts issue : issues) {
            if (byProject.computeIfAbsent(issue.projectId(), project -> canBrowseProject(caller, project))) {
                ids.add(issue.issueId());
            }
        }
        return ids;
    }

    /**
     * Whether the caller administers the whole sandbox (Jira's "Jira Administrators"): {@code SBX_ADMINISTRATOR},
     * which the sample data fills with alice. Read on every call, like project permissions.
     */
    @Override
    public boolean isAdministrator(Caller caller) {
        if (caller.user().isEmpty()) {
            return false;
        }
        return jdbc.queryOne("SELECT 1 FROM SBX_ADMINISTRATOR WHERE USER_KEY = ?", row -> row.getInt(1),
                caller.user().get().value()).isPresent();
    }

    void makeAdministrator(Connection connection, String userKey) throws SQLException {
        Jdbc.update(connection, "INSERT INTO SBX_ADMINISTRATOR (USER_KEY) VALUES (?)", userKey);
    }

    /** Everything the caller holds in the project; empty for anonymous callers. */
    public Set<ProjectPermission> permissions(Caller caller, long projectId) {
        Set<ProjectPermission> held = EnumSet.noneOf(ProjectPermission.class);
        if (caller.user().isEmpty()) {
            return held;
        }
        for (String permission : jdbc.query(
                "SELECT PERMISSION FROM SBX_PERMISSION WHERE PROJECT_ID = ? AND USER_KEY = ?",
                row -> row.getString(1), projectId, caller.user().get().value())) {
            held.add(ProjectPermission.valueOf(permission));
        }
        return held;
    }

    void grant(Connection connection, long projectId, String userKey, ProjectPermission... permissions)
            throws SQLException {
        for (ProjectPermission permission : permissions) {
            Jdbc.update(connection, "INSERT INTO SBX_PERMISSION (PROJECT_ID, USER_KEY, PERMISSION) VALUES (?, ?, ?)",
                    projectId, userKey, permission.name());
        }
    }
}
