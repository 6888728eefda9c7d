package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

// Checked against: https://github.com/ (Jira source copy of Status.java from the search code corpus, no repository named; @PublicApi interface Status extends IssueConstant)
public interface Status extends IssueConstant {
    StatusCategory getStatusCategory();
}
