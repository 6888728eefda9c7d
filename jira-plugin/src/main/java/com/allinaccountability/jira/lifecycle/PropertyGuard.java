package com.allinaccountability.jira.lifecycle;

import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.jira.property.AccountabilityProperty;
import com.allinaccountability.jira.property.PropertyRefresher;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.event.issue.property.IssuePropertyDeletedEvent;
import com.atlassian.jira.event.issue.property.IssuePropertySetEvent;
import java.util.Optional;

/**
 * Keeps the {@code accountability} issue property ours. Jira lets anyone with Edit Issues set or delete any issue
 * property through its own REST API ({@code /rest/api/2/issue/{key}/properties/accountability}), which would forge
 * what JQL answers until the issue's next change. Jira publishes {@link IssuePropertySetEvent} and
 * {@link IssuePropertyDeletedEvent} for every such write (its own indexer listens to them); on either, for our key on
 * an issue with a record, the app's value is written back unless Jira already holds it (our own writes raise the same
 * event, and stop there). An issue without a record has no property of ours to restore. The forged value is visible
 * only between the write and this listener, which runs synchronously in the writer's request.
 */
public final class PropertyGuard {
    private final EventPublisher eventPublisher;
    private final RecordStore store;
    private final PropertyRefresher refresher;

    public PropertyGuard(EventPublisher eventPublisher, RecordStore store, PropertyRefresher refresher) {
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
    public void onPropertySet(IssuePropertySetEvent event) {
        EntityProperty property = event.getEntityProperty();
        if (ours(property)) {
            restore(property.getEntityId(), Optional.ofNullable(property.getValue()));
        }
    }

    @EventListener
    public void onPropertyDeleted(IssuePropertyDeletedEvent event) {
        EntityProperty property = event.getEntityProperty();
        if (ours(property)) {
            restore(property.getEntityId(), Optional.empty());
        }
    }

    private static boolean ours(EntityProperty property) {
        return property != null && AccountabilityProperty.KEY.equals(property.getKey())
                && property.getEntityId() != null;
    }

    private void restore(long issueId, Optional<String> stored) {
        if (refresher.isOwnWrite()) {
            return; // delivered while the app writes: no need to read the record to see that it is ours
        }
        store.load(issueId).ifPresent(record -> refresher.restore(record, stored));
    }
}
