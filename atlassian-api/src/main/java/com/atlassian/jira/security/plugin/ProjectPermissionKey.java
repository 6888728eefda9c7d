package com.atlassian.jira.security.plugin;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (7.x; key type of hasPermission)
// Declared final to forbid subclassing in plugin code; the real class's finality is UNCONFIRMED (irrelevant for
// callers).
public final class ProjectPermissionKey {
    // Does nothing so that ProjectPermissions' object constants can be initialised in tests.
    public ProjectPermissionKey(String permissionKey) {
    }

    public String permissionKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
