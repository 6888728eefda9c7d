package com.allinaccountability.ao;

import static com.allinaccountability.ao.Pages.byIssue;
import static com.allinaccountability.ao.Pages.in;
import static com.allinaccountability.ao.Pages.read;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads records: from the record row's snapshot ({@link RecordSnapshot}) where it is current, else from the record
 * and child rows.
 *
 * <p>Reads stream rows with an explicit column list (the mappers' {@code SELECT}s, through {@link AoSession#stream})
 * instead of {@code find}: AO's {@code find} works out every value column of the entity by reflection and name
 * conversion on every call and builds a caching, writable proxy per row, which was most of the CPU time of a panel
 * read. A column missing from a {@code SELECT} reads as {@code null} (or 0), which the round-trip tests of the
 * contract would catch.
 */
final class RecordReader {

    /**
     * The order of a project's records, page by page. The project column is constant in such a query, but naming it
     * lets H2 read the {@code (PROJECT_ID, ISSUE_ID)} index in order; ordered by {@code ISSUE_ID} alone, H2 read and
     * sorted every remaining record of the project for each page (a report over 100,000 issues took 30 s).
     */
    static final String IN_PROJECT_ORDER = RecordEntity.PROJECT_ID + " ASC, " + RecordEntity.ISSUE_ID + " ASC";

    // The store's own category, as before the reads moved here.
    private static final Logger LOG = LoggerFactory.getLogger(AoRecordStore.class);

    private final AoSession session;
    private final Transactions transactions;

    RecordReader(Transactions transactions) {
        this.transactions = transactions;
        this.session = transactions.session();
    }

    /** The records whose rows {@code query} selects; {@code query} selects {@link RecordRows#SELECT_SNAPSHOT}. */
    List<AccountabilityRecord> records(Query query) {
        return records(read(session, RecordEntity.class, query));
    }

    /**
     * The records of {@code rows} (read with {@link RecordRows#SELECT_SNAPSHOT}), in their order: from their
     * snapshots, or, for rows without a current snapshot (see {@link #snapshotOf}), from their record and child rows,
     * read again in one transaction (so the children belong to the version read) with one query per table for all of
     * them.
     */
    List<AccountabilityRecord> records(List<RecordEntity> rows) {
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
        transactions.run(() -> assemble(read(session, RecordEntity.class, Query.select(RecordRows.SELECT)
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
    static Optional<AccountabilityRecord> snapshotOf(RecordEntity row) {
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
        Map<Long, List<RevisionEntity>> revisions = byIssue(read(session, RevisionEntity.class,
                Query.select(RevisionRows.SELECT).where(criteria, ids).order(RevisionEntity.REVISION_NO + " ASC")),
                RevisionEntity::getIssueId);
        Map<Long, List<AlignmentEntity>> alignments = byIssue(read(session, AlignmentEntity.class,
                Query.select(AlignmentRows.SELECT).where(criteria, ids).order(AlignmentEntity.SEQ_NO + " ASC")),
                AlignmentEntity::getIssueId);
        Map<Long, List<OwnershipEntity>> ownership = byIssue(read(session, OwnershipEntity.class,
                Query.select(OwnershipRows.SELECT).where(criteria, ids).order(OwnershipEntity.SEQ_NO + " ASC")),
                OwnershipEntity::getIssueId);
        Map<Long, List<CheckInEntity>> checkins = byIssue(read(session, CheckInEntity.class,
                Query.select(CheckInRows.SELECT).where(criteria, ids).order(CheckInRows.ORDER)),
                CheckInEntity::getIssueId);
        List<AccountabilityRecord> records = new ArrayList<>(rows.size());
        for (RecordEntity row : rows) {
            long id = row.getIssueId();
            records.add(RecordRows.read(row,
                    revisions.getOrDefault(id, List.of()),
                    alignments.getOrDefault(id, List.of()),
                    ownership.getOrDefault(id, List.of()),
                    checkins.getOrDefault(id, List.of())));
        }
        return records;
    }

    /** The stored version of an issue's record, 0 if none, in its own transaction. */
    long storedVersion(long issueId) {
        return transactions.run(() -> {
            List<RecordEntity> rows = read(session, RecordEntity.class,
                    Query.select(RecordRows.SELECT_VERSION).where(RecordEntity.ISSUE_ID + " = ?", issueId));
            return rows.isEmpty() ? 0L : rows.get(0).getVersion();
        });
    }
}
