package com.atlassian.jira.project;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html (7.2.0, @PublicApi)
// Named/NamedWithDescription supertypes omitted.
public interface Project extends WithId, WithKey {
    @Override
    Long getId();

    @Override
    String getKey();

    String getName();

    String getDescription();

    ApplicationUser getProjectLead();
}
