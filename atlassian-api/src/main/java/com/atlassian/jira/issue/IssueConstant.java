package com.atlassian.jira.issue;

// Checked against: https://github.com/ (Jira source copy of IssueConstant.java, search-index file id 17710697715, 6.2+; @PublicApi interface IssueConstant extends Comparable)
@SuppressWarnings("rawtypes")
public interface IssueConstant extends Comparable {
    String getId();

    String getName();

    String getDescription();
}
