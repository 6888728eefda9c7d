package com.allinaccountability.jira.lifecycle;

import com.allinaccountability.core.port.RecordStore;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.ProjectDeletedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the records of deleted issues and projects, so no orphan rows stay behind. Spring calls {@link #register()}
 * after construction and {@link #unregister()} when the plugin stops (see {@code plugin-context.xml}), so a disabled
 * plugin leaves no listener behind in Jira's event publisher.
 */
public final class DeletionListener {
    private static final Logger LOG = LoggerFactory.getLogger(DeletionListener.class);

    private final EventPublisher eventPublisher;
    private final RecordStore store;

    public DeletionListener(EventPublisher eventPublisher, RecordStore store) {
        this.eventPublisher = eventPublisher;
        this.store = store;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        store.deleteIssue(issue.getId());
        LOG.debug("Removed the accountability record of deleted issue {}", issue.getId());
    }

    @EventListener
    public void onProjectDeleted(ProjectDeletedEvent event) {
        if (event.getId() == null) {
            return;
        }
        store.deleteProject(event.getId());
        LOG.debug("Removed the accountability records and policy of deleted project {}", event.getKey());
    }
}
