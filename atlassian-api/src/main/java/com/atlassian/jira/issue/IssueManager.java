package com.atlassian.jira.issue;

import com.atlassian.jira.exception.DataAccessException;

// Checked against: https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html (7.0.6, @PublicApi)
public interface IssueManager {
    MutableIssue getIssueObject(Long id) throws DataAccessException;

    MutableIssue getIssueObject(String key) throws DataAccessException;

    MutableIssue getIssueByCurrentKey(String key) throws DataAccessException;
}
