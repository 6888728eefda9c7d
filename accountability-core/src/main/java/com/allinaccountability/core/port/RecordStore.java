package com.allinaccountability.core.port;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.ProjectPolicy;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where records, their history and project policies live. Implementations must make {@link #save} atomic and must
 * answer {@link #load} and {@link #policy} with a constant number of indexed queries, whatever the history length:
 * the panel and every gate check go through them.
 */
public interface RecordStore {

    /** The stored record of the issue, or empty if nobody has written one yet. */
    Optional<AccountabilityRecord> load(long issueId);

    /**
     * Stores {@code record} and appends {@code events}, in one transaction, if the stored version is still {@code
     * record.version()} (0: no record stored yet). Exactly one of two concurrent first writes for an issue succeeds.
     *
     * @return the saved record with its new version, or {@link SaveResult.Stale} with the version now stored
     */
    SaveResult save(AccountabilityRecord record, List<HistoryEvent> events);

    /** The issue's history, newest first. */
    List<HistoryEvent> history(long issueId, int startAt, int maxResults);

    /** How many history events the issue has. */
    int historySize(long issueId);

    /** The project's stored policy, or {@link ProjectPolicy#none} with version 0. */
    ProjectPolicy policy(long projectId);

    /** Stores the policy if the stored version is still {@code policy.version()}. */
    PolicySaveResult savePolicy(ProjectPolicy policy);

    /** Streams every record of a project, without holding them all in memory. */
    void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer);

    /** Removes the issue's record and history (the issue was deleted). */
    void deleteIssue(long issueId);

    /** Removes every record, history event and the policy of a deleted project. */
    void deleteProject(long projectId);

    /** Outcome of {@link #save}. */
    sealed interface SaveResult {
        record Saved(AccountabilityRecord record) implements SaveResult {}

        record Stale(long storedVersion) implements SaveResult {}
    }

    /** Outcome of {@link #savePolicy}. */
    sealed interface PolicySaveResult {
        record Saved(ProjectPolicy policy) implements PolicySaveResult {}

        record Stale(long storedVersion) implements PolicySaveResult {}
    }
}
