package com.allinaccountability.ao;

import static com.allinaccountability.ao.Pages.in;
import static com.allinaccountability.ao.Pages.read;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RecordLedgerEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.RecordStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * The core's {@link RecordStore} on Active Objects, through an {@link AoSession}. This class is the port's front:
 * it reads through {@link RecordReader}, writes through {@link RecordWriter}, runs transactions and their retries
 * through {@link Transactions}, pages through {@link Pages}, and leaves project policies to {@link AoPolicyStore}.
 * Each row type is mapped in one class ({@link RecordRows}, {@link RevisionRows}, {@link AlignmentRows},
 * {@link OwnershipRows}, {@link CheckInRows}, {@link HistoryRows}, {@link PolicyRows}).
 *
 * <p><b>Concurrency.</b> The first save of a record (version 0) is guarded by the record row's unique {@code ISSUE_ID}.
 * Any later save first inserts the next version's row into the change ledger ({@link RecordLedgerEntity}), whose key
 * is unique: the database, not a read-then-write check, decides which of two writers starting from the same version
 * wins. The loser's transaction rolls back and it gets {@link SaveResult.Stale}. The version read after that insert
 * catches a save based on a version that never existed. A unique violation or a serialization failure is answered by
 * reading the stored version: if it moved, the save was stale; if it did not (the winner rolled back, or the database
 * refused a transaction that conflicted with nothing of ours), the save is tried again after a random pause, at most
 * {@value #MAX_ATTEMPTS} times; a serialization failure or deadlock that outlasts them is answered as stale
 * (contention ends in a conflict the caller can retry, never in a server error), anything else is thrown.
 *
 * <p><b>Statements.</b> {@link #load} runs one query: the record row holds a snapshot of the whole record ({@link
 * RecordSnapshot}), written with the child rows by every save. A row without a current snapshot (from before snapshots,
 * of an older format, written for another version, or unreadable) costs one query per child table more (revisions,
 * alignments, ownership, check-ins), in a transaction. Neither grows with the history length; history is not loaded.
 * {@link #policy} runs one (the policy row holds its rules and issue types as a snapshot; three more for a row without
 * a current one), so a gate check ({@code GateService.checkPolicy}) runs two; {@link #checkinCadenceDays} one. The first {@link
 * #save} of a record runs one insert for the record row and one JDBC batch per child table that has rows (at most six);
 * a later save runs about ten (ledger, record, the children's reads and changes, history as one batch, ledger pruning).
 * Neither grows with the number of child rows or events; every save also rewrites the record's snapshot, whose size
 * does. {@link #forEachInProject} and {@link #loadAll} read pages of {@code pageSize} records with one query per page
 * (rows without a current snapshot: their children by {@code IN} lists), and {@link #forEachInProject} hands each page
 * over before reading the next; it cuts its pages from bounded windows of issue ids, with a one-row query for the
 * project's next issue id at the start and after each window that was not full (see {@link Pages#inWindows}), so
 * that no plan the database may choose without statistics reads more than a window. Every query is by an indexed
 * column.
 */
public final class AoRecordStore implements RecordStore {

    /** Records per page when streaming a project; also bounds the {@code IN} lists (Oracle allows 1000 items). */
    public static final int DEFAULT_PAGE_SIZE = Pages.DEFAULT_SIZE;

    /** Tries of one transaction that the database refused because of a concurrent one. */
    static final int MAX_ATTEMPTS = Transactions.MAX_ATTEMPTS;

    private final AoSession session;
    private final int pageSize;
    private final Transactions transactions;
    private final RecordReader reader;
    private final RecordWriter writer;
    private final AoPolicyStore policies;

    public AoRecordStore(AoSession session) {
        this(session, DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize records per page in {@link #forEachInProject} and {@link #deleteProject}, 1 to 1000 */
    public AoRecordStore(AoSession session, int pageSize) {
        this.session = Objects.requireNonNull(session, "session");
        this.pageSize = Pages.checkedSize(pageSize);
        this.transactions = new Transactions(session);
        this.reader = new RecordReader(transactions);
        this.writer = new RecordWriter(session);
        this.policies = new AoPolicyStore(transactions);
    }

    // ---------------------------------------------------------------------------------------------------- records

    @Override
    public Optional<AccountabilityRecord> load(long issueId) {
        // One statement, outside a transaction: the snapshot and its version are one row, read atomically.
        return reader.records(Query.select(RecordRows.SELECT_SNAPSHOT).where(RecordEntity.ISSUE_ID + " = ?", issueId))
                .stream().findFirst();
    }

    /** One query per {@code pageSize} ids (more only for rows without a current snapshot). */
    @Override
    public Map<Long, AccountabilityRecord> loadAll(Collection<Long> issueIds) {
        Map<Long, AccountabilityRecord> found = new HashMap<>();
        Pages.slices(List.copyOf(new LinkedHashSet<>(issueIds)), pageSize, page ->
                reader.records(Query.select(RecordRows.SELECT_SNAPSHOT)
                        .where(in(RecordEntity.ISSUE_ID, page.size()), page.toArray()))
                        .forEach(record -> found.put(record.issueId(), record)));
        return found;
    }

    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        Objects.requireNonNull(record, "record");
        List<HistoryEvent> toAppend = List.copyOf(events);
        RecordWriter.check(record, toAppend);
        return transactions.saveVersioned(record.version(), () -> writer.write(record, toAppend),
                () -> reader.storedVersion(record.issueId()),
                saved -> new SaveResult.Saved(record.withVersion(saved)),
                SaveResult.Stale::new,
                "Save of issue " + record.issueId());
    }

    /**
     * The first versions of many records, for generated data: each thousand in one transaction, with one batch per
     * table (the rows {@link #save} would write for each, snapshot included). A record that already exists fails its
     * thousand with the database's unique violation, and none of that thousand is stored.
     */
    @Override
    public void insertFirstVersions(List<FirstVersion> records) {
        for (FirstVersion first : records) {
            RecordWriter.check(first.record(), first.events());
            if (first.record().version() != 0) {
                throw new IllegalArgumentException("Only first versions (version 0) are inserted, not version "
                        + first.record().version() + " of issue " + first.record().issueId());
            }
        }
        Pages.slices(List.copyOf(records), Pages.MAX_SIZE, slice -> transactions.run(() -> {
            writer.writeFirst(slice);
            return null;
        }));
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
        List<HistoryEntity> rows = transactions.run(() -> read(session, HistoryEntity.class,
                Query.select(HistoryRows.SELECT)
                        .where(HistoryEntity.ISSUE_ID + " = ?", issueId)
                        .order(HistoryEntity.ID + " DESC")
                        .offset(startAt)
                        .limit(maxResults)));
        return rows.stream().map(HistoryRows::read).toList();
    }

    @Override
    public int historySize(long issueId) {
        return transactions.run(() -> session.count(HistoryEntity.class,
                Query.select().where(HistoryEntity.ISSUE_ID + " = ?", issueId)));
    }

    // ---------------------------------------------------------------------------------------------------- policy

    @Override
    public ProjectPolicy policy(long projectId) {
        return policies.policy(projectId);
    }

    @Override
    public int checkinCadenceDays(long projectId) {
        return policies.checkinCadenceDays(projectId);
    }

    @Override
    public PolicySaveResult savePolicy(ProjectPolicy policy) {
        return policies.savePolicy(policy);
    }

    // ---------------------------------------------------------------------------------------------------- projects

    @Override
    public void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        // Each page is one query (more only for rows without a current snapshot) and is handed over before the
        // next is read, so a slow consumer holds no transaction open and only one page is in memory. Pages are cut
        // from bounded windows of issue ids (see Pages.inWindows): without statistics PostgreSQL plans
        // "PROJECT_ID = ? AND ISSUE_ID > ? ORDER BY .. LIMIT 500" as a bitmap scan and a sort of all the project's
        // remaining rows, and a report over a million issues became quadratic (issue 12).
        Pages.inWindows(pageSize,
                after -> nextInProject(projectId, after),
                (after, upTo) -> read(session, RecordEntity.class, Query.select(RecordRows.SELECT_SNAPSHOT)
                        .where(RecordEntity.PROJECT_ID + " = ? AND " + RecordEntity.ISSUE_ID + " > ? AND "
                                + RecordEntity.ISSUE_ID + " <= ?", projectId, after, upTo)
                        .order(RecordReader.IN_PROJECT_ORDER)
                        .limit(pageSize)),
                RecordEntity::getIssueId,
                rows -> reader.records(rows).forEach(consumer));
    }

    /** The first issue id of the project after {@code after}: one index entry, whatever the statistics. */
    private OptionalLong nextInProject(long projectId, long after) {
        List<RecordEntity> rows = read(session, RecordEntity.class, Query.select(RecordEntity.ISSUE_ID)
                .where(RecordEntity.PROJECT_ID + " = ? AND " + RecordEntity.ISSUE_ID + " > ?", projectId, after)
                .order(RecordReader.IN_PROJECT_ORDER)
                .limit(1));
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).getIssueId());
    }

    /** Pages of {@code pageSize} records by the unique {@code ISSUE_ID} index, one query each, as in a project. */
    @Override
    public void forEachRecord(Consumer<AccountabilityRecord> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        Pages.afterKey(pageSize,
                after -> read(session, RecordEntity.class, Query.select(RecordRows.SELECT_SNAPSHOT)
                        .where(RecordEntity.ISSUE_ID + " > ?", after)
                        .order(RecordEntity.ISSUE_ID + " ASC")
                        .limit(pageSize)),
                RecordEntity::getIssueId,
                rows -> reader.records(rows).forEach(consumer));
    }

    /** One read and one update of the record row; its children carry no project. */
    @Override
    public void moveToProject(long issueId, long projectId) {
        transactions.run(() -> {
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
        transactions.run(() -> {
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
            boolean more = transactions.run(() -> {
                List<RecordEntity> rows = read(session, RecordEntity.class, Query.select(RecordEntity.ISSUE_ID)
                        .where(RecordEntity.PROJECT_ID + " = ?", projectId)
                        .order(RecordReader.IN_PROJECT_ORDER)
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
        policies.deleteProject(projectId);
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
}
