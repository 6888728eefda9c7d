package com.atlassian.jira.entity.property;

// Checked against: https://github.com/ (Jira source copy of IssuePropertyEventListener, search-index file id 17508727424, since 6.2: issueManager.getIssueObject(entityProperty.getEntityId()), so a Long)
// getKey()/getValue() ASSUMED (not seen in Java): the entity property's key and JSON value as Jira's webhook and REST
// representations name them (entityId, key, value). Only these three members are declared.
public interface EntityProperty {
    Long getEntityId();

    String getKey();

    String getValue();
}
