package com.atlassian.jira.exception;

// Checked against: https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html (7.0.6 throws clause; extends RuntimeException)
// Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so adapters can throw and tests
// can assert them. Only the (String) constructor was seen (AbstractJiraCondition source).
public class DataAccessException extends RuntimeException {
    public DataAccessException(String msg) {
        super(msg);
    }
}
