package com.atlassian.jira.event.issue.property;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.event.entity.AbstractPropertyEvent;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://github.com/ (Jira source copy of IssuePropertySetEvent.java, search-index file id 17709039549, @ExperimentalApi since 6.2: "Event indicating issue property value has been set", extends AbstractPropertyEvent; its EntityPropertySetEvent marker interface is not declared)
public class IssuePropertySetEvent extends AbstractPropertyEvent {
    public IssuePropertySetEvent(EntityProperty entityProperty, ApplicationUser user) {
        super(entityProperty, user);
    }
}
