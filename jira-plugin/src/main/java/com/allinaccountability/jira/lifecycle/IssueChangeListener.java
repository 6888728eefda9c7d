package com.allinaccountability.jira.lifecycle;

import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.jira.property.PropertyRefresher;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JQL property current when Jira itself changes an issue: resolving, closing or reopening it, a new
 * assignee, a new due date, a status change (workflow transitions fire the generic event, start/stop progress their
 * own), a move. These change the stage's health flags (overdue, owner not assignee, status contradicting dates)
 * without any write of ours. Comments, work logs, creation and deletion leave the facts we assess unchanged (deletion
 * is {@link DeletionListener}'s). Issues without an accountability record are skipped.
 *
 * <p>The same changes move what waits for whom ("Waiting for me", digests): a new assignee or reporter, a resolution,
 * a new due date. So the issue's entries in the waiting index are re-derived too ({@link WaitingService#refresh}),
 * after the property. A failure there is logged and never escapes into Jira's event dispatch: the index is repaired
 * by the next digest run's reconciliation.
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

    private static final Logger LOG = LoggerFactory.getLogger(IssueChangeListener.class);

    private final EventPublisher eventPublisher;
    private final RecordStore store;
    private final PropertyRefresher refresher;
    private final WaitingService waiting;

    /** {@code store} is the undecorated store: this listener does the decorators' work itself. */
    public IssueChangeListener(EventPublisher eventPublisher, RecordStore store, PropertyRefresher refresher,
            WaitingService waiting) {
        this.eventPublisher = eventPublisher;
        this.store = store;
        this.refresher = refresher;
        this.waiting = waiting;
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
            try {
                waiting.refresh(List.of(record.issueId()));
            } catch (RuntimeException e) {
                LOG.warn("Could not update what waits for whom on issue {}; the next digest run repairs it",
                        record.issueId(), e);
            }
        });
    }
}
