package com.allinaccountability.jira.host;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Rights;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

/**
 * The core's {@link Rights} over Jira's permission scheme. Issue-level answers go through the issue object, so issue
 * security levels apply as well as project permissions. An anonymous caller is asked about as the {@code null} user,
 * which is how Jira expresses anonymous access; a key that no longer resolves to a user has no rights at all.
 */
public final class JiraRights implements Rights {
    private final PermissionManager permissionManager;
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final UserManager userManager;
    private final GlobalPermissionManager globalPermissionManager;

    public JiraRights(PermissionManager permissionManager, IssueManager issueManager, ProjectManager projectManager,
            UserManager userManager, GlobalPermissionManager globalPermissionManager) {
        this.permissionManager = permissionManager;
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
        this.globalPermissionManager = globalPermissionManager;
    }

    @Override
    public boolean canBrowse(Caller caller, IssueFacts issue) {
        return onIssue(ProjectPermissions.BROWSE_PROJECTS, caller, issue);
    }

    @Override
    public boolean canEdit(Caller caller, IssueFacts issue) {
        return onIssue(ProjectPermissions.EDIT_ISSUES, caller, issue);
    }

    @Override
    public boolean canBrowseProject(Caller caller, long projectId) {
        return onProject(ProjectPermissions.BROWSE_PROJECTS, caller, projectId);
    }

    @Override
    public boolean isProjectAdmin(Caller caller, long projectId) {
        return caller.isSignedIn() && onProject(ProjectPermissions.ADMINISTER_PROJECTS, caller, projectId);
    }

    /**
     * Jira's "Jira Administrators" global permission ({@code GlobalPermissionKey.ADMINISTER}), asked of Jira's
     * global permission manager for the caller's user. Anonymous callers and keys that no longer resolve are never
     * administrators.
     */
    @Override
    public boolean isAdministrator(Caller caller) {
        return caller.isSignedIn() && user(caller).flatMap(user -> user)
                .map(user -> globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user))
                .orElse(false);
    }

    private boolean onIssue(ProjectPermissionKey permission, Caller caller, IssueFacts facts) {
        Issue issue = issueManager.getIssueObject(facts.issueId());
        if (issue == null) {
            return false;
        }
        return user(caller).map(user -> permissionManager.hasPermission(permission, issue, user.orElse(null)))
                .orElse(false);
    }

    private boolean onProject(ProjectPermissionKey permission, Caller caller, long projectId) {
        Project project = projectManager.getProjectObj(projectId);
        if (project == null) {
            return false;
        }
        return user(caller).map(user -> permissionManager.hasPermission(permission, project, user.orElse(null)))
                .orElse(false);
    }

    /**
     * The Jira user to ask about: empty inner optional for anonymous; an empty outer optional when a signed-in key
     * does not resolve (a deleted user), who then gets no rights rather than anonymous ones.
     */
    private java.util.Optional<java.util.Optional<ApplicationUser>> user(Caller caller) {
        if (caller.user().isEmpty()) {
            return java.util.Optional.of(java.util.Optional.empty());
        }
        UserKey key = caller.user().get();
        ApplicationUser user = userManager.getUserByKey(key.value());
        return user == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.Optional.of(user));
    }
}
