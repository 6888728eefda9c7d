package com.allinaccountability.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;

/** Mockito fixtures of the Atlassian declarations (which throw when called for real). */
public final class JiraMocks {
    private JiraMocks() {}

    public static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    public static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn("Project " + key);
        return project;
    }

    public static Status status(String name, String categoryKey) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    /** An issue in progress, assigned to {@code alice}, reported by {@code bob}, created 2026-03-01. */
    public static Issue issue(long id, String key, Project project, String type) {
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        when(issueType.getName()).thenReturn(type);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Ship the thing");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(issueType);
        Status status = status("In Progress", "indeterminate");
        when(issue.getStatus()).thenReturn(status);
        ApplicationUser alice = user("alice-key");
        ApplicationUser bob = user("bob-key");
        when(issue.getAssignee()).thenReturn(alice);
        when(issue.getReporter()).thenReturn(bob);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")));
        // Jira answers null where nothing is estimated or logged; Mockito would answer 0 for a Long.
        when(issue.getOriginalEstimate()).thenReturn(null);
        when(issue.getTimeSpent()).thenReturn(null);
        return issue;
    }
}
