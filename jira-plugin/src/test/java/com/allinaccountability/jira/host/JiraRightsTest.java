package com.allinaccountability.jira.host;

import static com.allinaccountability.jira.JiraMocks.issue;
import static com.allinaccountability.jira.JiraMocks.project;
import static com.allinaccountability.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Caller;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JiraRightsTest {
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final JiraRights rights =
            new JiraRights(permissions, issueManager, projectManager, userManager, globalPermissions);

    private final Project acc = project(10L, "ACC");
    private final ApplicationUser carol = user("carol-key");
    private MutableIssue jiraIssue;
    private IssueFacts facts;

    @BeforeEach
    void anIssue() {
        Issue template = issue(7L, "ACC-7", acc, "Story");
        facts = new JiraIssues(issueManager, projectManager, ZoneId.of("UTC")).facts(template);
        jiraIssue = mock(MutableIssue.class);
        when(issueManager.getIssueObject(7L)).thenReturn(jiraIssue);
        when(projectManager.getProjectObj(10L)).thenReturn(acc);
        when(userManager.getUserByKey("carol-key")).thenReturn(carol);
    }

    @Test
    void browsing_an_issue_asks_browse_projects_on_that_issue_for_that_user() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, jiraIssue, carol)).thenReturn(true);

        assertThat(rights.canBrowse(Caller.of("carol-key"), facts)).isTrue();
        assertThat(rights.canEdit(Caller.of("carol-key"), facts)).isFalse();
        verify(permissions).hasPermission(ProjectPermissions.EDIT_ISSUES, jiraIssue, carol);
    }

    @Test
    void editing_asks_edit_issues() {
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, jiraIssue, carol)).thenReturn(true);

        assertThat(rights.canEdit(Caller.of("carol-key"), facts)).isTrue();
    }

    @Test
    void project_admin_asks_administer_projects_and_project_browse_asks_browse_projects() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, acc, carol)).thenReturn(true);

        assertThat(rights.isProjectAdmin(Caller.of("carol-key"), 10L)).isTrue();
        assertThat(rights.canBrowseProject(Caller.of("carol-key"), 10L)).isFalse();
        verify(permissions).hasPermission(ProjectPermissions.BROWSE_PROJECTS, acc, carol);
    }

    @Test
    void anonymous_callers_are_asked_about_as_the_null_user_and_are_never_project_admins() {
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(jiraIssue), isNull()))
                .thenReturn(true);

        assertThat(rights.canBrowse(Caller.anonymous(), facts)).isTrue();
        assertThat(rights.isProjectAdmin(Caller.anonymous(), 10L)).isFalse();
        verify(permissions, never()).hasPermission(eq(ProjectPermissions.ADMINISTER_PROJECTS), any(Project.class),
                any());
    }

    @Test
    void a_key_that_no_longer_resolves_has_no_rights_at_all() {
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), any()))
                .thenReturn(true);

        assertThat(rights.canBrowse(Caller.of("deleted-key"), facts)).isFalse();
    }

    @Test
    void a_deleted_issue_or_project_gives_no_rights() {
        when(issueManager.getIssueObject(7L)).thenReturn(null);
        when(projectManager.getProjectObj(10L)).thenReturn(null);

        assertThat(rights.canBrowse(Caller.of("carol-key"), facts)).isFalse();
        assertThat(rights.canBrowseProject(Caller.of("carol-key"), 10L)).isFalse();
    }

    @Test
    void an_administrator_holds_jiras_administer_global_permission() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, carol)).thenReturn(true);

        assertThat(rights.isAdministrator(Caller.of("carol-key"))).isTrue();
        verify(globalPermissions).hasPermission(GlobalPermissionKey.ADMINISTER, carol);
    }

    @Test
    void a_user_without_the_global_permission_is_not_an_administrator() {
        assertThat(rights.isAdministrator(Caller.of("carol-key"))).isFalse();
    }

    @Test
    void anonymous_callers_and_unknown_keys_are_never_administrators_and_jira_is_not_asked() {
        when(globalPermissions.hasPermission(any(), any())).thenReturn(true);

        assertThat(rights.isAdministrator(Caller.anonymous())).isFalse();
        assertThat(rights.isAdministrator(Caller.of("deleted-key"))).isFalse();
        verify(globalPermissions, never()).hasPermission(any(), any());
    }
}
