package com.atlassian.jira.permission;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html (7.x, final class)
public final class GlobalPermissionKey {
    // Object constants: javac does not inline these, the host's values are read at run time.
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }

    public static GlobalPermissionKey of(String permissionKey) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
