package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

// Checked against: https://github.com/ (Jira source copy of IssueType.java, search-index file id 17647813658; @PublicApi interface IssueType extends IssueConstant)
public interface IssueType extends IssueConstant {
    boolean isSubTask();
}
