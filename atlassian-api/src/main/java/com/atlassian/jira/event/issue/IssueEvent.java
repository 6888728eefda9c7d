package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (7.x, @PublicApi final class)
// Superclass AbstractEvent and interface IssueRelatedEvent omitted; the methods are declared here so
// invokevirtual resolves through the real hierarchy. Mock it in tests.
public final class IssueEvent {
    private IssueEvent() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
