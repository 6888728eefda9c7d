package com.allinaccountability.jira.lifecycle;

import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.jira.property.PropertyRefresher;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import java.util.Set;

/**
 * Keeps the JQL property current when Jira itself changes an issue: resolving, closing or reopening it, a new
 * assignee, a new due date, a status change (workflow transitions fire the generic event, start/stop progress their
 * own), a move. These change the stage's health flags (overdue, owner not assignee, status contradicting dates)
 * without any write of ours. Comments, work logs, creation and deletion leave the facts we assess unchanged (deletion
 * is {@link DeletionListener}'s). Issues without an accountability record are skipped.
 *
 * <p>Not covered: a transition an admin set to fire a custom event type, and the mere passing of time (an issue
 * becoming overdue with no change); both are refreshed by the issue's next change.
 */
public final class IssueChangeListener {
    /** Jira's own event types that can change the facts the assessor reads. */
    static final Set<Long> FACT_CHANGING = Set.of(EventType.ISSUE_UPDATED_ID, EventType.ISSUE_ASSIGNED_ID,
            EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID, EventType.ISSUE_REOPENED_ID,
            EventType.ISSUE_MOVED_ID, EventType.ISSUE_WORKSTARTED_ID, EventType.ISSUE_WORKSTOPPED_ID,
            EventType.ISSUE_GENERICEVENT_ID);

    private final EventPublisher eventPublisher;
    private final RecordStore store;
    private final PropertyRefresher refresher;

    public IssueChangeListener(EventPublisher eventPublisher, RecordStore store, PropertyRefresher refresher) {
        this.eventPublisher = eventPublisher;
        this.store = store;
        this.refresher = refresher;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!FACT_CHANGING.contains(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        store.load(issue.getId()).ifPresent(record -> {
            Long projectId = issue.getProjectObject() == null ? null : issue.getProjectObject().getId();
            if (projectId != null && projectId != record.projectId()) {
                // Moved: the record follows, or the old project's reports and deletion would still take it.
                store.moveToProject(record.issueId(), projectId);
            }
            // The refresher re-reads the issue from Jira, so it sees the change this event announces.
            refresher.refresh(record);
        });
    }
}
