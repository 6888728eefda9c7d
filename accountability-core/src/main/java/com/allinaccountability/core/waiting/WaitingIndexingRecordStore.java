package com.allinaccountability.core.waiting;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.ForwardingRecordStore;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.WaitingIndex;
import java.util.List;

/**
 * A {@link RecordStore} that keeps the {@link WaitingIndex} in step with every change it stores: a saved record, a
 * policy (its check-in cadence moves check-ins' due days), a move or a deletion. Hosts put it around their store;
 * reads pass straight through. The index is written after the record's own transaction: a crash in between leaves
 * the index behind until {@link WaitingService#reconcile} on the next digest run.
 */
public final class WaitingIndexingRecordStore extends ForwardingRecordStore {
    private static final System.Logger LOG = System.getLogger(WaitingIndexingRecordStore.class.getName());

    private final WaitingService waiting;
    private final WaitingIndex index;

    /** {@code waiting} must read from {@code store} itself, not from this decorator. */
    public WaitingIndexingRecordStore(RecordStore store, WaitingService waiting, WaitingIndex index) {
        super(store);
        this.waiting = waiting;
        this.index = index;
    }

    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        SaveResult result = delegate().save(record, events);
        if (result instanceof SaveResult.Saved saved) {
            afterCommit("record of issue " + saved.record().issueId(), () -> waiting.refresh(saved.record()));
        }
        return result;
    }

    @Override
    public void insertFirstVersions(List<FirstVersion> records) {
        delegate().insertFirstVersions(records);
        List<Long> issueIds = records.stream().map(first -> first.record().issueId()).toList();
        afterCommit(issueIds.size() + " inserted records", () -> waiting.refresh(issueIds));
    }

    @Override
    public PolicySaveResult savePolicy(ProjectPolicy policy) {
        PolicySaveResult result = delegate().savePolicy(policy);
        if (result instanceof PolicySaveResult.Saved) {
            afterCommit("policy of project " + policy.projectId(), () -> waiting.refreshProject(policy.projectId()));
        }
        return result;
    }

    @Override
    public void moveToProject(long issueId, long projectId) {
        delegate().moveToProject(issueId, projectId);
        afterCommit("move of issue " + issueId, () -> waiting.refresh(List.of(issueId)));
    }

    @Override
    public void deleteIssue(long issueId) {
        delegate().deleteIssue(issueId);
        afterCommit("deletion of issue " + issueId, () -> index.remove(List.of(issueId)));
    }

    @Override
    public void deleteProject(long projectId) {
        delegate().deleteProject(projectId);
        afterCommit("deletion of project " + projectId, () -> index.removeProject(projectId));
    }

    /**
     * Indexes a change its store has committed. The change stands whatever happens to the index: a failure here must
     * not turn an acknowledged write into an error (the caller would retry a write that was stored, and meet a
     * conflict); it is logged and left to {@link WaitingService#reconcile}, as a crash at this point would be.
     */
    private static void afterCommit(String change, Runnable indexing) {
        try {
            indexing.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The waiting index missed the " + change
                    + "; the next digest run reconciles it", e);
        }
    }
}
