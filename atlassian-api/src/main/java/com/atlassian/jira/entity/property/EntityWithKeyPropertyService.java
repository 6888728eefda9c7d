package com.atlassian.jira.entity.property;

import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://github.com/ (Jira source copy of EntityWithKeyPropertyService.java, search-index file id 17413868679, since 6.2)
public interface EntityWithKeyPropertyService<T extends WithId & WithKey> extends EntityPropertyService<T> {
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, String entityKey, PropertyInput propertyInput);

    PropertyResult getProperty(ApplicationUser user, String entityKey, String propertyKey);
}
