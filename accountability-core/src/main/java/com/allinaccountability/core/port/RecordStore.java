package com.allinaccountability.core.port;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.ProjectPolicy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where records, their history and project policies live. Implementations must make {@link #save} atomic and must
 * answer {@link #load}, {@link #policy} and {@link #checkinCadenceDays} with a constant number of indexed queries, whatever the history length:
 * the panel and every gate check go through them.
 */
public interface RecordStore {

    /** A record's first version and its history, for {@link #insertFirstVersions}. */
    record FirstVersion(AccountabilityRecord record, List<HistoryEvent> events) {
        public FirstVersion {
            java.util.Objects.requireNonNull(record, "record");
            events = List.copyOf(events);
        }
    }

    /**
     * Stores the first version of records that have none yet, each with its history, as generated data needs
     * ({@code --generate}). What is stored is exactly what one {@link #save} of each would store. By default it is one
     * save each; a store may write many at once (the AO store: one transaction and one batch per table for each
     * thousand records). Fails if a record's version is not 0 or its issue already has a record (a store writing
     * many at once then stores none of those it was writing together).
     */
    default void insertFirstVersions(List<FirstVersion> records) {
        for (FirstVersion first : records) {
            if (first.record().version() != 0) {
                throw new IllegalArgumentException("Only first versions (version 0) are inserted, not version "
                        + first.record().version() + " of issue " + first.record().issueId());
            }
            if (!(save(first.record(), first.events()) instanceof SaveResult.Saved)) {
                throw new IllegalStateException("Issue " + first.record().issueId() + " already has a record");
            }
        }
    }

    /** The stored record of the issue, or empty if nobody has written one yet. */
    Optional<AccountabilityRecord> load(long issueId);

    /** The issue's stored record, or the empty record of an issue nobody has written about yet. */
    default AccountabilityRecord loadOrEmpty(IssueFacts issue) {
        return load(issue.issueId()).orElseGet(() -> AccountabilityRecord.empty(issue.issueId(), issue.projectId()));
    }

    /**
     * The stored records of those of {@code issueIds} that have one, by issue id: for lists of issues, so that a page
     * costs a constant number of queries. Stores should answer a page of ids with one query (or a few, for long
     * lists); the default loads them one by one.
     */
    default Map<Long, AccountabilityRecord> loadAll(Collection<Long> issueIds) {
        Map<Long, AccountabilityRecord> found = new HashMap<>();
        for (long issueId : issueIds) {
            load(issueId).ifPresent(record -> found.put(issueId, record));
        }
        return found;
    }

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

    /**
     * The project's check-in cadence, all the panel needs of its policy. Stores should answer it with one query; the
     * default reads the whole policy.
     */
    default int checkinCadenceDays(long projectId) {
        return policy(projectId).checkinCadenceDays();
    }

    /** Stores the policy if the stored version is still {@code policy.version()}. */
    PolicySaveResult savePolicy(ProjectPolicy policy);

    /** Streams every record of a project, without holding them all in memory. */
    void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer);

    /**
     * Streams every stored record of every project, in issue id order, a page at a time, without holding them all in
     * memory: for background work over all records (e.g. refreshing what time alone changes).
     */
    void forEachRecord(Consumer<AccountabilityRecord> consumer);

    /**
     * The issue moved to another project: its record follows, so that the new project's reports and policy apply to
     * it and deleting the old project leaves it alone. The record's content and version are unchanged.
     */
    void moveToProject(long issueId, long projectId);

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
