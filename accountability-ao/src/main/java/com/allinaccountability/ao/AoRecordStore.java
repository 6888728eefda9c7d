package com.allinaccountability.ao;

import static com.allinaccountability.ao.RecordRows.columns;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.PolicyEntity;
import com.allinaccountability.ao.entity.PolicyIssueTypeEntity;
import com.allinaccountability.ao.entity.PolicyLedgerEntity;
import com.allinaccountability.ao.entity.PolicyRuleEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RecordLedgerEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.RecordStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link RecordStore} on Active Objects, through an {@link AoSession}.
 *
 * <p><b>Concurrency.</b> The first save of a record (version 0) is guarded by the record row's unique {@code ISSUE_ID}
 * (see writeFirst). Any later save first inserts the next version's row into the change ledger ({@link
 * RecordLedgerEntity}), whose key is unique: the database, not a read-then-write check, decides which of two writers
 * starting from the same version wins. The loser's transaction rolls back and it gets {@link SaveResult.Stale}. The
 * version read after that insert catches a save based on a version that never existed. A unique violation or a
 * serialization failure is answered by reading the stored version: if it moved, the save was stale; if it did not
 * (the winner rolled back, or the database refused a transaction that conflicted with nothing of ours), the save is
 * tried again after a random pause, at most {@value #MAX_ATTEMPTS} times; a serialization failure or deadlock that
 * outlasts them is answered as stale (contention ends in a conflict the caller can retry, never in a server error),
 * anything else is thrown.
 *
 * <p><b>Statements.</b> {@link #load} runs one query: the record row holds a snapshot of the whole record ({@link
 * RecordSnapshot}), written with the child rows by every save. A row without a current snapshot (from before snapshots,
 * of an older format, written for another version, or unreadable) costs one query per child table more (revisions,
 * alignments, ownership, check-ins), in a transaction. Neither grows with the history length; history is not loaded.
 * {@link #policy} runs one, or three when the project has a policy; {@link #checkinCadenceDays} one. The first {@link
 * #save} of a record runs one insert for the record row and one JDBC batch per child table that has rows (at most six);
 * a later save runs about ten (ledger, record, the children's reads and changes, history as one batch, ledger pruning).
 * Neither grows with the number of child rows or events; every save also rewrites the record's snapshot, whose size
 * does. {@link #forEachInProject} and {@link #loadAll} read pages of {@code pageSize} records with one query per page
 * (rows without a current snapshot: their children by {@code IN} lists), and {@link #forEachInProject} hands each page
 * over before reading the next. Every query is by an indexed column.
 *
 * <p><b>Children.</b> Revisions are kept by revision number (new ones inserted, changed ones updated, none deleted);
 * alignments by user and ownership declarations by user, role and declaration time (inserted, updated or deleted to
 * match the record, keeping its order); check-ins and history are append only.
 */
public final class AoRecordStore implements RecordStore {

    /** Records per page when streaming a project; also bounds the {@code IN} lists (Oracle allows 1000 items). */
    public static final int DEFAULT_PAGE_SIZE = 500;

    /** Tries of one transaction that the database refused because of a concurrent one. */
    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(AoRecordStore.class);
    private static final int MAX_PAGE_SIZE = 1000;

    private final AoSession session;
    private final int pageSize;

    public AoRecordStore(AoSession session) {
        this(session, DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize records per page in {@link #forEachInProject} and {@link #deleteProject}, 1 to 1000 */
    public AoRecordStore(AoSession session, int pageSize) {
        this.session = Objects.requireNonNull(session, "session");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    // ---------------------------------------------------------------------------------------------------- records

    @Override
    public Optional<AccountabilityRecord> load(long issueId) {
        // One statement, outside a transaction: the snapshot and its version are one row, read atomically.
        List<RecordEntity> rows = read(RecordEntity.class,
                Query.select(Selects.RECORD_SNAPSHOT).where(RecordEntity.ISSUE_ID + " = ?", issueId));
        return records(rows).stream().findFirst();
    }

    /** One query per {@code pageSize} ids (more only for rows without a current snapshot). */
    @Override
    public Map<Long, AccountabilityRecord> loadAll(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        Map<Long, AccountabilityRecord> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += pageSize) {
            List<Long> page = ids.subList(from, Math.min(ids.size(), from + pageSize));
            records(read(RecordEntity.class, Query.select(Selects.RECORD_SNAPSHOT)
                    .where(in(RecordEntity.ISSUE_ID, page.size()), page.toArray())))
                    .forEach(record -> found.put(record.issueId(), record));
        }
        return found;
    }

    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        Objects.requireNonNull(record, "record");
        List<HistoryEvent> toAppend = List.copyOf(events);
        if (record.version() < 0) {
            throw new IllegalArgumentException("A record's version is 0 or more, was " + record.version());
        }
        List<Expectation> revisions = record.revisions();
        for (int i = 1; i < revisions.size(); i++) {
            if (revisions.get(i).revision() <= revisions.get(i - 1).revision()) {
                // The rows come back in revision order and the last revision is the current expectation.
                throw new IllegalArgumentException("Expectation revisions are kept in revision order, but the record "
                        + "of issue " + record.issueId() + " holds revision " + revisions.get(i).revision()
                        + " after " + revisions.get(i - 1).revision());
            }
        }
        for (HistoryEvent event : toAppend) {
            if (event.issueId() != record.issueId()) {
                throw new IllegalArgumentException("History event for issue " + event.issueId()
                        + " saved with the record of issue " + record.issueId());
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                long saved = session.transaction(() -> write(record, toAppend));
                return new SaveResult.Saved(record.withVersion(saved));
            } catch (RuntimeException failure) {
                StaleVersion stale = Conflicts.find(failure, StaleVersion.class);
                if (stale != null) {
                    return new SaveResult.Stale(stale.storedVersion);
                }
                if (!Conflicts.isConcurrentWrite(failure)) {
                    throw failure;
                }
                long stored = storedVersion(record.issueId());
                if (stored != record.version()) {
                    return new SaveResult.Stale(stored);
                }
                if (attempt == MAX_ATTEMPTS) {
                    if (!Conflicts.isSerializationConflict(failure)) {
                        throw failure;
                    }
                    // Still losing to concurrent transactions (PostgreSQL's serializable isolation refuses some that
                    // touched nothing in common): the caller gets a conflict to retry, never a server error.
                    LOG.warn("Save of issue {} gave up after {} attempts under contention: {}", record.issueId(),
                            MAX_ATTEMPTS, failure.toString());
                    return new SaveResult.Stale(stored);
                }
                pause(attempt);
            }
        }
    }

    /** The save itself, inside the transaction; returns the new version or throws {@link StaleVersion}. */
    private long write(AccountabilityRecord record, List<HistoryEvent> events) {
        if (record.version() == 0) {
            return writeFirst(record, events);
        }
        long issueId = record.issueId();
        long expected = record.version();
        long next = expected + 1;

        // The guard: unique per (issue, version), so of two writers from the same version only one gets past here.
        // (A batch of one, so no id is read back: one statement on every database.)
        session.createAll(RecordLedgerEntity.class, List.of(columns(
                RecordLedgerEntity.ISSUE_ID, issueId,
                RecordLedgerEntity.VERSION, next,
                RecordLedgerEntity.ISSUE_VERSION, issueId + ":" + next)));

        RecordEntity[] rows = session.find(RecordEntity.class,
                Query.select().where(RecordEntity.ISSUE_ID + " = ?", issueId));
        long stored = rows.length == 0 ? 0 : rows[0].getVersion();
        if (stored != expected) {
            throw new StaleVersion(stored);
        }
        RecordEntity row = rows[0];
        Optional<List<CheckIn>> storedCheckins = snapshotOf(row).map(AccountabilityRecord::checkins);
        RecordRows.write(record, next, row);
        row.save();

        keepRevisions(issueId, record.revisions());
        keepAlignments(issueId, record.alignments());
        keepOwnership(issueId, record.ownership());
        appendCheckins(issueId, record.checkins(), storedCheckins);
        session.createAll(HistoryEntity.class, events.stream().map(RecordRows::event).toList());

        // Older ledger rows have done their job: a writer still holding an older version is refused by the
        // version check above, since its insert of an older key can only succeed after this commit.
        session.deleteWithSQL(RecordLedgerEntity.class,
                RecordLedgerEntity.ISSUE_ID + " = ? AND " + RecordLedgerEntity.VERSION + " < ?", issueId, next);
        return next;
    }

    /**
     * The first save of an issue's record (version 0 to 1): every row is new, so nothing is read. The guard here is
     * the record row's own unique {@code ISSUE_ID}: of two first writes the database lets one insert it; the other
     * gets a unique violation, and {@link #save} reads the stored version and answers {@link SaveResult.Stale} (or
     * tries again if the winner rolled back). A record that is already stored fails the same way. Children cannot
     * exist without their record row (they are written and deleted with it, in one transaction), so there is nothing
     * to merge with; and no ledger row is needed for version 1: the next save inserts version 2's, which is what
     * guards it. Children and history go in one batch per table: a constant number of statements.
     */
    private long writeFirst(AccountabilityRecord record, List<HistoryEvent> events) {
        long issueId = record.issueId();
        // As a batch of one: its id is not read back (a single create on PostgreSQL first fetches a sequence value).
        session.createAll(RecordEntity.class, List.of(RecordRows.newRecord(record, 1)));

        List<Map<String, Object>> revisions = new ArrayList<>();
        for (Expectation revision : unique(record.revisions(), Expectation::revision, "expectation revision")) {
            revisions.add(RecordRows.revision(issueId, revision));
        }
        session.createAll(RevisionEntity.class, revisions);

        List<Alignment> alignments = unique(record.alignments(), a -> a.user().value(), "alignment of user");
        List<Map<String, Object>> alignmentRows = new ArrayList<>();
        for (int position = 0; position < alignments.size(); position++) {
            alignmentRows.add(RecordRows.alignment(issueId, position, alignments.get(position)));
        }
        session.createAll(AlignmentEntity.class, alignmentRows);

        List<OwnershipDeclaration> declarations = unique(record.ownership(), RecordRows::declarationKey,
                "declaration");
        List<Map<String, Object>> declarationRows = new ArrayList<>();
        for (int position = 0; position < declarations.size(); position++) {
            declarationRows.add(RecordRows.declaration(issueId, position, declarations.get(position)));
        }
        session.createAll(OwnershipEntity.class, declarationRows);

        session.createAll(CheckInEntity.class,
                record.checkins().stream().map(c -> RecordRows.checkIn(issueId, c)).toList());
        session.createAll(HistoryEntity.class, events.stream().map(RecordRows::event).toList());
        return 1;
    }

    private void keepRevisions(long issueId, List<Expectation> revisions) {
        Map<Integer, RevisionEntity> stored = byKey(
                session.find(RevisionEntity.class, childrenOf(RevisionEntity.ISSUE_ID, issueId)),
                RevisionEntity::getRevisionNo);
        List<Map<String, Object>> added = new ArrayList<>();
        for (Expectation revision : unique(revisions, Expectation::revision, "expectation revision")) {
            RevisionEntity row = stored.remove(revision.revision());
            if (row == null) {
                added.add(RecordRows.revision(issueId, revision));
            } else if (!RecordRows.expectation(row).equals(revision)) {
                RecordRows.write(revision, row);
                row.save();
            }
        }
        if (!stored.isEmpty()) {
            throw new IllegalArgumentException("Expectation revisions are kept for good, but the record of issue "
                    + issueId + " lacks revision(s) " + stored.keySet());
        }
        session.createAll(RevisionEntity.class, added);
    }

    private void keepAlignments(long issueId, List<Alignment> alignments) {
        Map<String, AlignmentEntity> stored = byKey(
                session.find(AlignmentEntity.class, childrenOf(AlignmentEntity.ISSUE_ID, issueId)),
                AlignmentEntity::getUserKey);
        List<Alignment> wanted = unique(alignments, a -> a.user().value(), "alignment of user");
        List<Map<String, Object>> added = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            Alignment alignment = wanted.get(position);
            AlignmentEntity row = stored.remove(alignment.user().value());
            if (row == null) {
                added.add(RecordRows.alignment(issueId, position, alignment));
            } else if (row.getSeqNo() != position || !RecordRows.alignment(row).equals(alignment)) {
                RecordRows.write(position, alignment, row);
                row.save();
            }
        }
        deleteAll(stored.values());
        session.createAll(AlignmentEntity.class, added);
    }

    private void keepOwnership(long issueId, List<OwnershipDeclaration> declarations) {
        Map<String, OwnershipEntity> stored = byKey(
                session.find(OwnershipEntity.class, childrenOf(OwnershipEntity.ISSUE_ID, issueId)),
                RecordRows::declarationKey);
        List<OwnershipDeclaration> wanted = unique(declarations, RecordRows::declarationKey, "declaration");
        List<Map<String, Object>> added = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            OwnershipDeclaration declaration = wanted.get(position);
            OwnershipEntity row = stored.remove(RecordRows.declarationKey(declaration));
            if (row == null) {
                added.add(RecordRows.declaration(issueId, position, declaration));
            } else if (row.getSeqNo() != position || !RecordRows.declaration(row).equals(declaration)) {
                RecordRows.write(position, declaration, row);
                row.save();
            }
        }
        deleteAll(stored.values());
        session.createAll(OwnershipEntity.class, added);
    }

    /**
     * Check-ins are append only: the record holds the stored ones first, unchanged, then any new ones. The stored ones
     * come from the previous snapshot where it is current (written for the version being replaced), else from the
     * rows; either way an edited stored check-in is refused, since the rows would keep it unchanged while the new
     * snapshot said otherwise.
     */
    private void appendCheckins(long issueId, List<CheckIn> checkins, Optional<List<CheckIn>> fromSnapshot) {
        List<CheckIn> stored = fromSnapshot.isPresent() ? fromSnapshot.get() : storedCheckins(issueId);
        if (checkins.size() < stored.size()) {
            throw new IllegalArgumentException("Check-ins are append only, but the record of issue " + issueId
                    + " has " + checkins.size() + " where " + stored.size() + " are stored");
        }
        if (!checkins.subList(0, stored.size()).equals(stored)) {
            throw new IllegalArgumentException("Check-ins are append only, but the record of issue " + issueId
                    + " changes one that is stored");
        }
        session.createAll(CheckInEntity.class, checkins.subList(stored.size(), checkins.size()).stream()
                .map(c -> RecordRows.checkIn(issueId, c)).toList());
    }

    private List<CheckIn> storedCheckins(long issueId) {
        return read(CheckInEntity.class, Query.select(Selects.CHECKIN)
                .where(CheckInEntity.ISSUE_ID + " = ?", issueId).order("ID ASC"))
                .stream().map(RecordRows::checkIn).toList();
    }

    private long storedVersion(long issueId) {
        return inTransaction(() -> {
            List<RecordEntity> rows = read(RecordEntity.class,
                    Query.select(Selects.RECORD_VERSION).where(RecordEntity.ISSUE_ID + " = ?", issueId));
            return rows.isEmpty() ? 0L : rows.get(0).getVersion();
        });
    }

    // ---------------------------------------------------------------------------------------------------- history

    @Override
    public List<HistoryEvent> history(long issueId, int startAt, int maxResults) {
        if (startAt < 0 || maxResults < 0) {
            throw new IllegalArgumentException("startAt and maxResults are 0 or more, were " + startAt + " and "
                    + maxResults);
        }
        if (maxResults == 0) {
            return List.of();
        }
        List<HistoryEntity> rows = inTransaction(() -> read(HistoryEntity.class, Query.select(Selects.HISTORY)
                .where(HistoryEntity.ISSUE_ID + " = ?", issueId)
                .order(HistoryEntity.ID + " DESC")
                .offset(startAt)
                .limit(maxResults)));
        return rows.stream().map(RecordRows::event).toList();
    }

    @Override
    public int historySize(long issueId) {
        return inTransaction(() -> session.count(HistoryEntity.class,
                Query.select().where(HistoryEntity.ISSUE_ID + " = ?", issueId)));
    }

    // ---------------------------------------------------------------------------------------------------- policy

    @Override
    public ProjectPolicy policy(long projectId) {
        return inTransaction(() -> {
            List<PolicyEntity> rows = read(PolicyEntity.class,
                    Query.select(Selects.POLICY).where(PolicyEntity.PROJECT_ID + " = ?", projectId));
            if (rows.isEmpty()) {
                return ProjectPolicy.none(projectId);
            }
            List<PolicyRuleEntity> rules = read(PolicyRuleEntity.class, Query.select(Selects.POLICY_RULE)
                    .where(PolicyRuleEntity.PROJECT_ID + " = ?", projectId)
                    .order(PolicyRuleEntity.SEQ_NO + " ASC"));
            List<PolicyIssueTypeEntity> types = read(PolicyIssueTypeEntity.class,
                    Query.select(Selects.POLICY_TYPE).where(PolicyIssueTypeEntity.PROJECT_ID + " = ?", projectId));
            return PolicyRows.policy(rows.get(0), rules, types);
        });
    }

    @Override
    public int checkinCadenceDays(long projectId) {
        List<PolicyEntity> rows = read(PolicyEntity.class,
                Query.select(Selects.POLICY_CADENCE).where(PolicyEntity.PROJECT_ID + " = ?", projectId));
        return rows.isEmpty() ? ProjectPolicy.DEFAULT_CHECKIN_CADENCE_DAYS : rows.get(0).getCadenceDays();
    }

    @Override
    public PolicySaveResult savePolicy(ProjectPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policy.version() < 0) {
            throw new IllegalArgumentException("A policy's version is 0 or more, was " + policy.version());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                long saved = session.transaction(() -> writePolicy(policy));
                return new PolicySaveResult.Saved(policy.withVersion(saved));
            } catch (RuntimeException failure) {
                StaleVersion stale = Conflicts.find(failure, StaleVersion.class);
                if (stale != null) {
                    return new PolicySaveResult.Stale(stale.storedVersion);
                }
                if (!Conflicts.isConcurrentWrite(failure)) {
                    throw failure;
                }
                long stored = policy(policy.projectId()).version();
                if (stored != policy.version()) {
                    return new PolicySaveResult.Stale(stored);
                }
                if (attempt == MAX_ATTEMPTS) {
                    if (!Conflicts.isSerializationConflict(failure)) {
                        throw failure;
                    }
                    LOG.warn("Policy save of project {} gave up after {} attempts under contention: {}",
                            policy.projectId(), MAX_ATTEMPTS, failure.toString());
                    return new PolicySaveResult.Stale(stored);
                }
                pause(attempt);
            }
        }
    }

    private long writePolicy(ProjectPolicy policy) {
        long projectId = policy.projectId();
        long next = policy.version() + 1;
        session.createAll(PolicyLedgerEntity.class, List.of(columns(
                PolicyLedgerEntity.PROJECT_ID, projectId,
                PolicyLedgerEntity.VERSION, next,
                PolicyLedgerEntity.PROJECT_VERSION, projectId + ":" + next)));

        PolicyEntity[] rows = session.find(PolicyEntity.class,
                Query.select().where(PolicyEntity.PROJECT_ID + " = ?", projectId));
        long stored = rows.length == 0 ? 0 : rows[0].getVersion();
        if (stored != policy.version()) {
            throw new StaleVersion(stored);
        }
        if (rows.length == 0) {
            session.create(PolicyEntity.class, PolicyRows.newPolicy(policy, next));
        } else {
            PolicyRows.write(policy, next, rows[0]);
            rows[0].save();
        }
        // A policy is a handful of rows: replace them rather than diff them.
        session.deleteWithSQL(PolicyRuleEntity.class, PolicyRuleEntity.PROJECT_ID + " = ?", projectId);
        session.deleteWithSQL(PolicyIssueTypeEntity.class, PolicyIssueTypeEntity.PROJECT_ID + " = ?", projectId);
        List<PolicyRule> rules = policy.rules();
        for (int position = 0; position < rules.size(); position++) {
            session.create(PolicyRuleEntity.class, PolicyRows.rule(projectId, position, rules.get(position)));
        }
        for (String issueType : policy.issueTypes().stream().sorted().toList()) {
            session.create(PolicyIssueTypeEntity.class, PolicyRows.issueType(projectId, issueType));
        }
        session.deleteWithSQL(PolicyLedgerEntity.class,
                PolicyLedgerEntity.PROJECT_ID + " = ? AND " + PolicyLedgerEntity.VERSION + " < ?", projectId, next);
        return next;
    }

    // ---------------------------------------------------------------------------------------------------- projects

    @Override
    public void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            // Each page is one query (more only for rows without a current snapshot) and is handed over before the
            // next is read, so a slow consumer holds no transaction open and only one page is in memory.
            List<RecordEntity> rows = read(RecordEntity.class, Query.select(Selects.RECORD_SNAPSHOT)
                    .where(RecordEntity.PROJECT_ID + " = ? AND " + RecordEntity.ISSUE_ID + " > ?", projectId, from)
                    .order(Selects.IN_PROJECT_ORDER)
                    .limit(pageSize));
            records(rows).forEach(consumer);
            if (rows.size() < pageSize) {
                return;
            }
            after = rows.get(rows.size() - 1).getIssueId();
        }
    }

    /** Pages of {@code pageSize} records by the unique {@code ISSUE_ID} index, one query each, as in a project. */
    @Override
    public void forEachRecord(Consumer<AccountabilityRecord> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        long after = Long.MIN_VALUE;
        while (true) {
            List<RecordEntity> rows = read(RecordEntity.class, Query.select(Selects.RECORD_SNAPSHOT)
                    .where(RecordEntity.ISSUE_ID + " > ?", after)
                    .order(RecordEntity.ISSUE_ID + " ASC")
                    .limit(pageSize));
            records(rows).forEach(consumer);
            if (rows.size() < pageSize) {
                return;
            }
            after = rows.get(rows.size() - 1).getIssueId();
        }
    }

    /** One read and one update of the record row; its children carry no project. */
    @Override
    public void moveToProject(long issueId, long projectId) {
        inTransaction(() -> {
            for (RecordEntity row : session.find(RecordEntity.class,
                    Query.select().where(RecordEntity.ISSUE_ID + " = ?", issueId))) {
                row.setProjectId(projectId);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void deleteIssue(long issueId) {
        inTransaction(() -> {
            deleteChildrenOf(List.of(issueId));
            session.deleteWithSQL(RecordEntity.class, RecordEntity.ISSUE_ID + " = ?", issueId);
            return null;
        });
    }

    @Override
    public void deleteProject(long projectId) {
        // Page by page, each in its own transaction, so a project of a million records is no single huge
        // transaction; a crash part way leaves whole records, and running it again finishes the job.
        while (true) {
            boolean more = inTransaction(() -> {
                List<RecordEntity> rows = read(RecordEntity.class, Query.select(RecordEntity.ISSUE_ID)
                        .where(RecordEntity.PROJECT_ID + " = ?", projectId)
                        .order(Selects.IN_PROJECT_ORDER)
                        .limit(pageSize));
                if (rows.isEmpty()) {
                    return false;
                }
                List<Long> issueIds = rows.stream().map(RecordEntity::getIssueId).toList();
                deleteChildrenOf(issueIds);
                session.deleteWithSQL(RecordEntity.class, in(RecordEntity.ISSUE_ID, issueIds.size()),
                        issueIds.toArray());
                return rows.size() == pageSize;
            });
            if (!more) {
                break;
            }
        }
        inTransaction(() -> {
            session.deleteWithSQL(PolicyRuleEntity.class, PolicyRuleEntity.PROJECT_ID + " = ?", projectId);
            session.deleteWithSQL(PolicyIssueTypeEntity.class, PolicyIssueTypeEntity.PROJECT_ID + " = ?", projectId);
            session.deleteWithSQL(PolicyLedgerEntity.class, PolicyLedgerEntity.PROJECT_ID + " = ?", projectId);
            session.deleteWithSQL(PolicyEntity.class, PolicyEntity.PROJECT_ID + " = ?", projectId);
            return null;
        });
    }

    private void deleteChildrenOf(List<Long> issueIds) {
        Object[] ids = issueIds.toArray();
        String criteria = in("ISSUE_ID", ids.length);
        session.deleteWithSQL(RevisionEntity.class, criteria, ids);
        session.deleteWithSQL(AlignmentEntity.class, criteria, ids);
        session.deleteWithSQL(OwnershipEntity.class, criteria, ids);
        session.deleteWithSQL(CheckInEntity.class, criteria, ids);
        session.deleteWithSQL(HistoryEntity.class, criteria, ids);
        session.deleteWithSQL(RecordLedgerEntity.class, criteria, ids);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /**
     * The records of {@code rows} (read with {@link Selects#RECORD_SNAPSHOT}), in their order: from their snapshots,
     * or, for rows without a current snapshot (see {@link #snapshotOf}), from their record and child rows, read again
     * in one transaction (so the children belong to the version read) with one query per table for all of them.
     */
    private List<AccountabilityRecord> records(List<RecordEntity> rows) {
        List<AccountabilityRecord> records = new ArrayList<>(rows.size());
        List<Long> withoutSnapshot = new ArrayList<>();
        for (RecordEntity row : rows) {
            Optional<AccountabilityRecord> fromSnapshot = snapshotOf(row);
            records.add(fromSnapshot.orElse(null));
            if (fromSnapshot.isEmpty()) {
                withoutSnapshot.add(row.getIssueId());
            }
        }
        if (withoutSnapshot.isEmpty()) {
            return records;
        }
        Map<Long, AccountabilityRecord> fromRows = new HashMap<>();
        inTransaction(() -> assemble(read(RecordEntity.class, Query.select(Selects.RECORD)
                .where(in(RecordEntity.ISSUE_ID, withoutSnapshot.size()), withoutSnapshot.toArray()))))
                .forEach(record -> fromRows.put(record.issueId(), record));
        List<AccountabilityRecord> found = new ArrayList<>(records.size());
        for (int i = 0; i < rows.size(); i++) {
            AccountabilityRecord record = records.get(i) != null ? records.get(i)
                    : fromRows.get(rows.get(i).getIssueId());
            // A record deleted between the two reads is left out, as if the first read had come later.
            if (record != null) {
                found.add(record);
            }
        }
        return found;
    }

    /**
     * The record a row's snapshot holds, if the row has a snapshot of the current format written for its current
     * version. A snapshot that cannot be read is logged and left unread: the child rows answer, and the next save
     * writes a new snapshot.
     */
    private static Optional<AccountabilityRecord> snapshotOf(RecordEntity row) {
        if (!RecordSnapshot.readable(row.getSnapshotFormat(), row.getSnapshotVersion(), row.getVersion(),
                row.getSnapshot())) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordSnapshot.read(row.getIssueId(), row.getProjectId(), row.getVersion(),
                    row.getSnapshot()));
        } catch (IllegalStateException damaged) {
            LOG.warn("The snapshot of issue {} cannot be read; reading its record from its rows instead",
                    row.getIssueId(), damaged);
            return Optional.empty();
        }
    }

    /** The records of {@code rows}, in their order, with their children read in one query per child table. */
    private List<AccountabilityRecord> assemble(List<RecordEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(RecordEntity::getIssueId).toArray();
        String criteria = in("ISSUE_ID", ids.length);
        Map<Long, List<RevisionEntity>> revisions = byIssue(read(RevisionEntity.class,
                Query.select(Selects.REVISION).where(criteria, ids).order(RevisionEntity.REVISION_NO + " ASC")),
                RevisionEntity::getIssueId);
        Map<Long, List<AlignmentEntity>> alignments = byIssue(read(AlignmentEntity.class,
                Query.select(Selects.ALIGNMENT).where(criteria, ids).order(AlignmentEntity.SEQ_NO + " ASC")),
                AlignmentEntity::getIssueId);
        Map<Long, List<OwnershipEntity>> ownership = byIssue(read(OwnershipEntity.class,
                Query.select(Selects.OWNERSHIP).where(criteria, ids).order(OwnershipEntity.SEQ_NO + " ASC")),
                OwnershipEntity::getIssueId);
        Map<Long, List<CheckInEntity>> checkins = byIssue(read(CheckInEntity.class,
                Query.select(Selects.CHECKIN).where(criteria, ids).order("ID ASC")),
                CheckInEntity::getIssueId);
        List<AccountabilityRecord> records = new ArrayList<>(rows.size());
        for (RecordEntity row : rows) {
            long id = row.getIssueId();
            records.add(RecordRows.record(row,
                    revisions.getOrDefault(id, List.of()),
                    alignments.getOrDefault(id, List.of()),
                    ownership.getOrDefault(id, List.of()),
                    checkins.getOrDefault(id, List.of())));
        }
        return records;
    }

    private static Query childrenOf(String issueColumn, long issueId) {
        return Query.select().where(issueColumn + " = ?", issueId);
    }

    /** {@code COLUMN = ?} or {@code COLUMN IN (?,?,...)}; values are always bound, never concatenated. */
    private static String in(String column, int count) {
        return count == 1 ? column + " = ?" : column + " IN (" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }

    private static <T> Map<Long, List<T>> byIssue(List<T> rows, Function<T, Long> issueOf) {
        return rows.stream().collect(Collectors.groupingBy(issueOf));
    }

    /** The rows {@code query} selects, as read-only snapshots of its columns (see {@link Selects}). */
    private <T extends RawEntity<K>, K> List<T> read(Class<T> type, Query query) {
        List<T> rows = new ArrayList<>();
        session.stream(type, query, rows::add);
        return rows;
    }

    private static <K, T> Map<K, T> byKey(T[] rows, Function<T, K> keyOf) {
        Map<K, T> byKey = new HashMap<>();
        for (T row : rows) {
            byKey.put(keyOf.apply(row), row);
        }
        return byKey;
    }

    private static <T, K> List<T> unique(List<T> items, Function<T, K> keyOf, String what) {
        Map<K, T> seen = new HashMap<>();
        for (T item : items) {
            if (seen.put(keyOf.apply(item), item) != null) {
                throw new IllegalArgumentException("The record holds the same " + what + " twice: " + item);
            }
        }
        return items;
    }

    private void deleteAll(Collection<? extends RawEntity<?>> rows) {
        if (!rows.isEmpty()) {
            session.delete(rows.toArray(new RawEntity<?>[0]));
        }
    }

    /** {@code work} in one transaction, run again if the database asks for that (e.g. a serialization failure). */
    private <T> T inTransaction(AoSession.TransactionWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return session.transaction(work);
            } catch (RuntimeException failure) {
                if (attempt == MAX_ATTEMPTS || !Conflicts.isRetryAsked(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Waits before the next try: growing with each attempt, and random, so that transactions that just failed each
     * other do not meet again at the same moment.
     */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a store transaction", e);
        }
    }

    /** Thrown inside a save's transaction to roll it back when the stored version is not the record's. */
    private static final class StaleVersion extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long storedVersion;

        StaleVersion(long storedVersion) {
            super("Stored version is " + storedVersion, null, false, false);
            this.storedVersion = storedVersion;
        }
    }
}
