package com.atlassian.jira.issue;

// Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/package-summary.html (MutableIssue: facade for an issue; extends Issue)
public interface MutableIssue extends Issue {
}
