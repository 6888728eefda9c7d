package com.allinaccountability.core.port;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.ProjectPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link RecordStore} that passes every call to another: the base of the stores that add something after a write
 * (the waiting index, Jira's JQL property), which override only the writes they follow.
 */
public abstract class ForwardingRecordStore implements RecordStore {
    private final RecordStore store;

    protected ForwardingRecordStore(RecordStore store) {
        this.store = store;
    }

    /** The store calls are passed to. */
    protected final RecordStore delegate() {
        return store;
    }

    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        return store.save(record, events);
    }

    @Override
    public void insertFirstVersions(List<FirstVersion> records) {
        store.insertFirstVersions(records);
    }

    @Override
    public PolicySaveResult savePolicy(ProjectPolicy policy) {
        return store.savePolicy(policy);
    }

    @Override
    public void moveToProject(long issueId, long projectId) {
        store.moveToProject(issueId, projectId);
    }

    @Override
    public void deleteIssue(long issueId) {
        store.deleteIssue(issueId);
    }

    @Override
    public void deleteProject(long projectId) {
        store.deleteProject(projectId);
    }

    @Override
    public Optional<AccountabilityRecord> load(long issueId) {
        return store.load(issueId);
    }

    @Override
    public Map<Long, AccountabilityRecord> loadAll(Collection<Long> issueIds) {
        return store.loadAll(issueIds);
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
    public int checkinCadenceDays(long projectId) {
        return store.checkinCadenceDays(projectId);
    }

    @Override
    public void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer) {
        store.forEachInProject(projectId, consumer);
    }

    @Override
    public void forEachRecord(Consumer<AccountabilityRecord> consumer) {
        store.forEachRecord(consumer);
    }
}
