package com.atlassian.jira.bc.issue.properties;

import com.atlassian.jira.entity.property.EntityWithKeyPropertyService;
import com.atlassian.jira.issue.Issue;

// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/properties/package-summary.html (7.0.8)
// Checked against: https://github.com/ (Jira source copy of IssuePropertyService.java from the search code corpus: extends EntityWithKeyPropertyService<Issue>)
public interface IssuePropertyService extends EntityWithKeyPropertyService<Issue> {
}
