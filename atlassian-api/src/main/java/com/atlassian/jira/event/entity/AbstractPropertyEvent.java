package com.atlassian.jira.event.entity;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://github.com/ (Jira source copy of AbstractPropertyEvent.java, search-index file id 17635003280, @ExperimentalApi since 6.2: abstract class, getEntityProperty(), getUser())
public abstract class AbstractPropertyEvent {
    public AbstractPropertyEvent(EntityProperty entityProperty, ApplicationUser user) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public EntityProperty getEntityProperty() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
