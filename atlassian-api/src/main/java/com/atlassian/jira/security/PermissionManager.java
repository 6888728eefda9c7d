package com.atlassian.jira.security;

import java.util.Collection;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (7.x, @PublicApi)
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user, boolean issueCreation);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
