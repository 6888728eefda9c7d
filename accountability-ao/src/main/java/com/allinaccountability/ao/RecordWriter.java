package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.Pages.read;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RecordLedgerEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.port.RecordStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Writes one save of a record, inside the save's transaction: the record row with its snapshot, the children diffed
 * against the stored rows, and the new history events. Returns the new version or throws
 * {@link Transactions.StaleVersion}; {@link AoRecordStore#save} runs it through {@link Transactions#saveVersioned}.
 *
 * <p>Revisions are kept by revision number (new ones inserted, changed ones updated, none deleted); alignments by user
 * and ownership declarations by user, role and declaration time (inserted, updated or deleted to match the record,
 * keeping its order); check-ins and history are append only.
 */
final class RecordWriter {

    private final AoSession session;

    RecordWriter(AoSession session) {
        this.session = session;
    }

    /** Refuses a record or events the store cannot keep as they are, before any transaction. */
    static void check(AccountabilityRecord record, List<HistoryEvent> events) {
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
        for (HistoryEvent event : events) {
            if (event.issueId() != record.issueId()) {
                throw new IllegalArgumentException("History event for issue " + event.issueId()
                        + " saved with the record of issue " + record.issueId());
            }
        }
    }

    /** The save itself, inside the transaction; returns the new version or throws a stale version. */
    long write(AccountabilityRecord record, List<HistoryEvent> events) {
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
            throw new Transactions.StaleVersion(stored);
        }
        RecordEntity row = rows[0];
        Optional<List<CheckIn>> storedCheckins = RecordReader.snapshotOf(row).map(AccountabilityRecord::checkins);
        RecordRows.update(record, next, row);
        row.save();

        keepRevisions(issueId, record.revisions());
        keepAlignments(issueId, record.alignments());
        keepOwnership(issueId, record.ownership());
        appendCheckins(issueId, record.checkins(), storedCheckins);
        session.createAll(HistoryEntity.class, events.stream().map(HistoryRows::insert).toList());

        // Older ledger rows have done their job: a writer still holding an older version is refused by the
        // version check above, since its insert of an older key can only succeed after this commit.
        session.deleteWithSQL(RecordLedgerEntity.class,
                RecordLedgerEntity.ISSUE_ID + " = ? AND " + RecordLedgerEntity.VERSION + " < ?", issueId, next);
        return next;
    }

    /**
     * The first save of an issue's record (version 0 to 1): every row is new, so nothing is read. The guard here is
     * the record row's own unique {@code ISSUE_ID}: of two first writes the database lets one insert it; the other
     * gets a unique violation, and the save reads the stored version and answers stale (or tries again if the winner
     * rolled back). A record that is already stored fails the same way. Children cannot exist without their record
     * row (they are written and deleted with it, in one transaction), so there is nothing to merge with; and no ledger
     * row is needed for version 1: the next save inserts version 2's, which is what guards it. Children and history
     * go in one batch per table: a constant number of statements.
     */
    private long writeFirst(AccountabilityRecord record, List<HistoryEvent> events) {
        writeFirst(List.of(new RecordStore.FirstVersion(record, events)));
        return 1;
    }

    /**
     * The first saves of several records (each version 0 to 1) as {@link #writeFirst(AccountabilityRecord, List)}
     * writes one, all in the caller's transaction and with one batch per table for all of them: the rows are the
     * ones a save of each would write. {@link AoRecordStore#insertFirstVersions} uses it for generated data.
     */
    void writeFirst(List<RecordStore.FirstVersion> records) {
        List<Map<String, Object>> recordRows = new ArrayList<>();
        List<Map<String, Object>> revisions = new ArrayList<>();
        List<Map<String, Object>> alignmentRows = new ArrayList<>();
        List<Map<String, Object>> declarationRows = new ArrayList<>();
        List<Map<String, Object>> checkinRows = new ArrayList<>();
        List<Map<String, Object>> historyRows = new ArrayList<>();
        for (RecordStore.FirstVersion first : records) {
            AccountabilityRecord record = first.record();
            long issueId = record.issueId();
            recordRows.add(RecordRows.insert(record, 1));
            for (Expectation revision : unique(record.revisions(), Expectation::revision, "expectation revision")) {
                revisions.add(RevisionRows.insert(issueId, revision));
            }
            List<Alignment> alignments = unique(record.alignments(), AlignmentRows::key, "alignment of user");
            for (int position = 0; position < alignments.size(); position++) {
                alignmentRows.add(AlignmentRows.insert(issueId, position, alignments.get(position)));
            }
            List<OwnershipDeclaration> declarations = unique(record.ownership(), OwnershipRows::key, "declaration");
            for (int position = 0; position < declarations.size(); position++) {
                declarationRows.add(OwnershipRows.insert(issueId, position, declarations.get(position)));
            }
            record.checkins().forEach(checkIn -> checkinRows.add(CheckInRows.insert(issueId, checkIn)));
            first.events().forEach(event -> historyRows.add(HistoryRows.insert(event)));
        }
        // As batches: no id is read back (a single create on PostgreSQL first fetches a sequence value).
        session.createAll(RecordEntity.class, recordRows);
        session.createAll(RevisionEntity.class, revisions);
        session.createAll(AlignmentEntity.class, alignmentRows);
        session.createAll(OwnershipEntity.class, declarationRows);
        session.createAll(CheckInEntity.class, checkinRows);
        session.createAll(HistoryEntity.class, historyRows);
    }

    private void keepRevisions(long issueId, List<Expectation> revisions) {
        Map<Integer, RevisionEntity> stored = byKey(
                session.find(RevisionEntity.class, childrenOf(RevisionEntity.ISSUE_ID, issueId)),
                RevisionEntity::getRevisionNo);
        List<Map<String, Object>> added = new ArrayList<>();
        for (Expectation revision : unique(revisions, Expectation::revision, "expectation revision")) {
            RevisionEntity row = stored.remove(revision.revision());
            if (row == null) {
                added.add(RevisionRows.insert(issueId, revision));
            } else if (!RevisionRows.read(row).equals(revision)) {
                RevisionRows.update(revision, row);
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
        List<Alignment> wanted = unique(alignments, AlignmentRows::key, "alignment of user");
        List<Map<String, Object>> added = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            Alignment alignment = wanted.get(position);
            AlignmentEntity row = stored.remove(AlignmentRows.key(alignment));
            if (row == null) {
                added.add(AlignmentRows.insert(issueId, position, alignment));
            } else if (row.getSeqNo() != position || !AlignmentRows.read(row).equals(alignment)) {
                AlignmentRows.update(position, alignment, row);
                row.save();
            }
        }
        deleteAll(stored.values());
        session.createAll(AlignmentEntity.class, added);
    }

    private void keepOwnership(long issueId, List<OwnershipDeclaration> declarations) {
        Map<String, OwnershipEntity> stored = byKey(
                session.find(OwnershipEntity.class, childrenOf(OwnershipEntity.ISSUE_ID, issueId)),
                OwnershipRows::key);
        List<OwnershipDeclaration> wanted = unique(declarations, OwnershipRows::key, "declaration");
        List<Map<String, Object>> added = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            OwnershipDeclaration declaration = wanted.get(position);
            OwnershipEntity row = stored.remove(OwnershipRows.key(declaration));
            if (row == null) {
                added.add(OwnershipRows.insert(issueId, position, declaration));
            } else if (row.getSeqNo() != position || !OwnershipRows.read(row).equals(declaration)) {
                OwnershipRows.update(position, declaration, row);
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
                .map(c -> CheckInRows.insert(issueId, c)).toList());
    }

    private List<CheckIn> storedCheckins(long issueId) {
        return read(session, CheckInEntity.class, Query.select(CheckInRows.SELECT)
                .where(CheckInEntity.ISSUE_ID + " = ?", issueId).order(CheckInRows.ORDER))
                .stream().map(CheckInRows::read).toList();
    }

    private static Query childrenOf(String issueColumn, long issueId) {
        return Query.select().where(issueColumn + " = ?", issueId);
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
}
