package com.atlassian.jira.event;

// Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/event/ProjectDeletedEvent.html (@PublicApi final class)
// Superclass AbstractProjectEvent omitted; getId()/getKey() are declared on ProjectDeletedEvent itself in the
// javadoc.
public final class ProjectDeletedEvent {
    private ProjectDeletedEvent() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Long getId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
