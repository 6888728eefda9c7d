package com.atlassian.jira.project;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

// Checked against: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html (7.2.0, @PublicApi)
// Named/NamedWithDescription supertypes omitted.
// getIssueTypes(): confirmed (old) in Jira source copies of Project.java (search-index file ids 37187493202, 17514736872).
public interface Project extends WithId, WithKey {
    @Override
    Long getId();

    @Override
    String getKey();

    String getName();

    String getDescription();

    ApplicationUser getProjectLead();

    Collection<IssueType> getIssueTypes();
}
