package com.allinaccountability.jira.property;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.RecordStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The record store the Jira plugin gives the core: the real store, plus the JQL property refreshed after every saved
 * change ({@link PropertyRefresher}: the same assessment the panel shows). A failure to write the property never undoes
 * or fails the save (the record is already committed); it is logged and the next change writes the property again.
 */
public final class PropertyWritingRecordStore implements RecordStore {
    private final RecordStore store;
    private final PropertyRefresher refresher;

    public PropertyWritingRecordStore(RecordStore store, PropertyRefresher refresher) {
        this.store = store;
        this.refresher = refresher;
    }

    /**
     * Saves, then writes the property if the save changed it: the property the record had before (its stored version
     * {@code record.version()}, read first: one query) and the one it has now are derived from the same issue facts at
     * the same instant, and only a difference is written. Each property write reindexes the issue in Jira, which costs
     * far more than the read. A first save, or one whose base could not be read, writes.
     */
    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        Optional<AccountabilityRecord> before = record.version() == 0 ? Optional.empty()
                : store.load(record.issueId()).filter(stored -> stored.version() == record.version());
        SaveResult result = store.save(record, events);
        if (result instanceof SaveResult.Saved saved) {
            refresher.refreshChange(before, saved.record());
        }
        return result;
    }

    @Override
    public Optional<AccountabilityRecord> load(long issueId) {
        return store.load(issueId);
    }

    @Override
    public List<HistoryEvent> history(long issueId, int startAt, int maxResults) {
        return store.history(issueId, startAt, maxResults);
    }

    @Override
    public int historySize(long issueId) {
        return store.historySize(issueId);
    }

    @Override
    public ProjectPolicy policy(long projectId) {
        return store.policy(projectId);
    }

    @Override
    public java.util.Map<Long, AccountabilityRecord> loadAll(java.util.Collection<Long> issueIds) {
        return store.loadAll(issueIds);
    }

    @Override
    public void forEachRecord(java.util.function.Consumer<AccountabilityRecord> consumer) {
        store.forEachRecord(consumer);
    }

    @Override
    public void moveToProject(long issueId, long projectId) {
        store.moveToProject(issueId, projectId);
    }

    @Override
    public int checkinCadenceDays(long projectId) {
        return store.checkinCadenceDays(projectId);
    }

    @Override
    public PolicySaveResult savePolicy(ProjectPolicy policy) {
        return store.savePolicy(policy);
    }

    @Override
    public void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer) {
        store.forEachInProject(projectId, consumer);
    }

    @Override
    public void deleteIssue(long issueId) {
        store.deleteIssue(issueId);
    }

    @Override
    public void deleteProject(long projectId) {
        store.deleteProject(projectId);
    }
}
