package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

// Checked against: https://github.com/ (Jira source copy of IssueType.java via find_string; @PublicApi interface IssueType extends IssueConstant)
public interface IssueType extends IssueConstant {
    boolean isSubTask();
}
