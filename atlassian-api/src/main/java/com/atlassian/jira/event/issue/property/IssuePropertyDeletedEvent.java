package com.atlassian.jira.event.issue.property;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.event.entity.AbstractPropertyEvent;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://github.com/ (Jira source copy of IssuePropertyEventListener, search-index file id 17508727424, since 6.2: @EventListener onIssuePropertyDeleted(IssuePropertyDeletedEvent), getEntityProperty())
// Superclass and constructor ASSUMED to be IssuePropertySetEvent's sibling (AbstractPropertyEvent(EntityProperty, ApplicationUser)).
public class IssuePropertyDeletedEvent extends AbstractPropertyEvent {
    public IssuePropertyDeletedEvent(EntityProperty entityProperty, ApplicationUser user) {
        super(entityProperty, user);
    }
}
