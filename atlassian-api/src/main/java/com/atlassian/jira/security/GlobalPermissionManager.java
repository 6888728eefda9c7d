package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/GlobalPermissionManager.html (7.x)
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
