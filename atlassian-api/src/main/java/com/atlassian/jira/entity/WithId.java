package com.atlassian.jira.entity;

// Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/entity/WithKey.html (6.x/7.x entity marker interfaces)
public interface WithId {
    Long getId();
}
