package com.atlassian.jira.user;

import java.security.Principal;
import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;

// Checked against: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (7.0.0)
public interface ApplicationUser extends Principal, WithId, WithKey {
    @Override
    String getKey();

    String getUsername();

    @Override
    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();

    long getDirectoryId();

    @Override
    Long getId();
}
