package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.DigestLedgerEntity;
import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.PolicyEntity;
import com.allinaccountability.ao.entity.PolicyIssueTypeEntity;
import com.allinaccountability.ao.entity.PolicyLedgerEntity;
import com.allinaccountability.ao.entity.PolicyRuleEntity;
import com.allinaccountability.ao.entity.PreferenceEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RecordLedgerEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.ao.entity.StoreEntities;
import com.allinaccountability.ao.entity.WaitingEntity;
import com.allinaccountability.ao.entity.WaitingLockEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.RecordStore.SaveResult;
import com.allinaccountability.core.port.RecordStoreContract;
import com.allinaccountability.core.service.GateService;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What is particular to the Active Objects store, beyond the contract: how many statements it runs, that it pages, that
 * it leaves no orphan rows, that writers racing on one issue lose no update, and that it refuses what it cannot keep.
 * Runs on H2 and on PostgreSQL through the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AoRecordStoreTest {

    /** What {@code load} of a stored record costs: the record row, which holds the record's snapshot. */
    static final int LOAD_STATEMENTS = 1;

    /**
     * What {@code load} costs for a row without a snapshot of the current format: that row, then in one transaction
     * the record row's columns, revisions, alignments, ownership and check-ins.
     */
    static final int LOAD_FROM_ROWS_STATEMENTS = 6;

    /** What the first save of a record with every kind of child row costs: the record row and one batch per table. */
    static final int FIRST_SAVE_STATEMENTS = 6;

    private static final AtomicLong IDS = new AtomicLong(1_000_000);
    private static final UserKey OWNER = UserKey.of("owner");
    private static final Instant T0 = Instant.parse("2025-05-01T09:00:00.000000001Z");

    private TestDatabase database;
    private AoRecordStore store;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        store = database.store();
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    // ------------------------------------------------------------------------------------------ statement counts

    @Test
    void loadRunsTheSameFewStatementsWithOneOrTwoHundredHistoryEventsAndCheckIns() {
        AccountabilityRecord small = saveWithHistory(newId(), newId(), 1);
        AccountabilityRecord large = saveWithHistory(newId(), newId(), 200);
        assertThat(store.historySize(large.issueId())).isEqualTo(200);
        assertThat(large.checkins()).hasSize(200);

        int forSmall = database.counter().countDuring(() -> assertThat(store.load(small.issueId())).contains(small));
        int forLarge = database.counter().countDuring(() -> assertThat(store.load(large.issueId())).contains(large));
        int forMissing = database.counter().countDuring(() -> assertThat(store.load(newId())).isEmpty());

        report("load, 1 history event and check-in", forSmall);
        report("load, 200 history events and check-ins", forLarge);
        report("load, no record", forMissing);
        assertThat(forSmall).as("statements of load with 1 event: %s", database.counter().statements())
                .isEqualTo(LOAD_STATEMENTS);
        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forMissing).isEqualTo(1);
    }

    @Test
    void aFirstSaveIsOneInsertPerTableWhateverTheNumberOfChildRows() {
        long smallIssue = newId();
        long largeIssue = newId();
        AccountabilityRecord small = RecordStoreContract.aFullRecord(smallIssue, newId());
        AccountabilityRecord large = RecordStoreContract.aFullRecord(largeIssue, newId());
        List<CheckIn> manyCheckins = new ArrayList<>();
        List<HistoryEvent> manyEvents = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            manyCheckins.add(checkIn(i));
            manyEvents.add(event(largeIssue, i));
        }
        AccountabilityRecord largeWithMore = large.withCheckins(manyCheckins);

        int forSmall = database.counter().countDuring(() ->
                saved(store.save(small, List.of(event(smallIssue, 0)))));
        int forLarge = database.counter().countDuring(() -> saved(store.save(largeWithMore, manyEvents)));

        report("first save, full record, 1 event", forSmall);
        report("first save, full record, 100 check-ins and events", forLarge);
        // The record row, then one batch each for revisions, alignments, ownership, check-ins and history.
        assertThat(forSmall).as("statements of a first save: %s", database.counter().statements())
                .isEqualTo(FIRST_SAVE_STATEMENTS);
        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(store.load(largeIssue)).contains(largeWithMore.withVersion(1));
        assertThat(store.history(largeIssue, 0, 1000)).hasSize(100);
    }

    @Test
    void anUpdateRunsTheSameStatementsWithOneOrAHundredNewCheckIns() {
        AccountabilityRecord one = saveWithHistory(newId(), newId(), 1);
        AccountabilityRecord hundred = saveWithHistory(newId(), newId(), 1);
        List<CheckIn> more = new ArrayList<>(hundred.checkins());
        for (int i = 1; i <= 100; i++) {
            more.add(checkIn(i));
        }

        int forOne = database.counter().countDuring(() -> saved(store.save(
                one.withCheckins(List.of(one.checkins().get(0), checkIn(1))), List.of(event(one.issueId(), 1)))));
        int forHundred = database.counter().countDuring(() -> saved(store.save(
                hundred.withCheckins(more), List.of(event(hundred.issueId(), 1)))));

        report("update, 1 new check-in", forOne);
        report("update, 100 new check-ins", forHundred);
        assertThat(forHundred).as("statements of an update: %s", database.counter().statements()).isEqualTo(forOne);
        assertThat(store.load(hundred.issueId()).orElseThrow().checkins()).hasSize(101);
    }

    @Test
    void aPolicyIsOneStatementWithOrWithoutRules() throws Exception {
        long project = newId();
        int withoutPolicy = database.counter().countDuring(() -> store.policy(project));
        ProjectPolicy stored = saved(store.savePolicy(largePolicy(project)));
        int withPolicy = database.counter().countDuring(() -> assertThat(store.policy(project)).isEqualTo(stored));

        report("policy, none stored", withoutPolicy);
        report("policy, 40 rules and 5 issue types", withPolicy);
        assertThat(withoutPolicy).isEqualTo(1);
        assertThat(withPolicy).as("statements: %s", database.counter().statements()).isEqualTo(1);
    }

    /**
     * A policy row without a current snapshot (written before policy snapshots, or by a writer that does not know
     * them and moved the version) is read from its rule and issue-type rows; the next save writes a snapshot again.
     */
    @Test
    void aPolicyWithoutACurrentSnapshotIsReadFromItsRows() throws Exception {
        long project = newId();
        ProjectPolicy stored = saved(store.savePolicy(largePolicy(project)));
        try (Connection connection = database.connection(); java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + database.qualified(PolicyEntity.TABLE)
                    + " SET \"SNAPSHOT_VERSION\" = NULL WHERE \"PROJECT_ID\" = " + project);
        }
        int withoutSnapshot = database.counter().countDuring(() -> assertThat(store.policy(project)).isEqualTo(stored));
        try (Connection connection = database.connection(); java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + database.qualified(PolicyEntity.TABLE)
                    + " SET \"SNAPSHOT_VERSION\" = \"VERSION\", \"SNAPSHOT\" = '{\"format\":99}' WHERE \"PROJECT_ID\" = "
                    + project);
        }
        int otherFormat = database.counter().countDuring(() -> assertThat(store.policy(project)).isEqualTo(stored));
        ProjectPolicy resaved = saved(store.savePolicy(stored));
        int resavedCount = database.counter().countDuring(() -> assertThat(store.policy(project)).isEqualTo(resaved));

        assertThat(withoutSnapshot).isEqualTo(4);
        assertThat(otherFormat).isEqualTo(4);
        assertThat(resavedCount).isEqualTo(1);
    }

    /**
     * Issue 12, P2: a transition's gate check in policy mode reads the policy and the record, two statements, however
     * long the record's history and however many check-ins it has.
     */
    @Test
    void aGateCheckRunsTwoStatementsWhateverTheHistoryLength() {
        long project = newId();
        saved(store.savePolicy(largePolicy(project)));
        AccountabilityRecord small = saveWithHistory(newId(), project, 1);
        AccountabilityRecord large = saveCheckInsAndEvents(newId(), project, 50, 200);
        GateService gates = new GateService(store, null, null);

        for (AccountabilityRecord record : List.of(small, large)) {
            IssueFacts issue = issue(record.issueId(), project);
            for (StatusCategory target : StatusCategory.values()) {
                int statements = database.counter().countDuring(() -> gates.checkPolicy(issue, target));
                report("gate check, " + record.checkins().size() + " check-ins, to " + target, statements);
                assertThat(statements).as("statements: %s", database.counter().statements()).isEqualTo(2);
            }
        }
        assertThat(store.historySize(large.issueId())).isEqualTo(200);
        IssueFacts without = issue(newId(), project);
        assertThat(database.counter().countDuring(() -> gates.checkPolicy(without, StatusCategory.DONE))).isEqualTo(2);
    }

    /**
     * Issue 12, P6: generated records are inserted a thousand at a time, and what is stored must be exactly what a
     * save of each would store: the same record loaded back, the same snapshot text, the same rows and history.
     */
    @Test
    void firstVersionsInsertedTogetherAreStoredAsTheirSavesWouldStoreThem() throws Exception {
        long issue = newId();
        long project = newId();
        AccountabilityRecord record = RecordStoreContract.aFullRecord(issue, project);
        List<HistoryEvent> events = List.of(event(issue, 0), event(issue, 1), event(issue, 2));
        AccountabilityRecord savedOne = saved(store.save(record, events));
        Stored bySave = stored(issue);
        store.deleteIssue(issue);
        assertThat(store.load(issue)).isEmpty();

        List<com.allinaccountability.core.port.RecordStore.FirstVersion> many = new ArrayList<>();
        many.add(new com.allinaccountability.core.port.RecordStore.FirstVersion(record, events));
        for (int i = 0; i < 1_200; i++) {
            long other = newId();
            many.add(new com.allinaccountability.core.port.RecordStore.FirstVersion(
                    RecordStoreContract.aFullRecord(other, project), List.of(event(other, i))));
        }
        int statements = database.counter().countDuring(() -> store.insertFirstVersions(many));
        Stored byInsert = stored(issue);

        assertThat(byInsert).isEqualTo(bySave);
        assertThat(store.load(issue)).contains(savedOne);
        assertThat(store.load(many.get(1_200).record().issueId()))
                .contains(many.get(1_200).record().withVersion(1));
        report("insertFirstVersions, 1,201 full records", statements);
        // Two transactions of a thousand records at most, one batch per table each.
        assertThat(statements).isEqualTo(2 * FIRST_SAVE_STATEMENTS);
        // The next save of an inserted record goes on from version 1, as after a first save.
        assertThat(store.save(savedOne, List.of(event(issue, 3)))).isInstanceOf(SaveResult.Saved.class);
    }

    @Test
    void insertingAFirstVersionOfARecordThatExistsStoresNoneOfItsThousand() {
        AccountabilityRecord existing = saveWithHistory(newId(), newId(), 1);
        long fresh = newId();
        List<com.allinaccountability.core.port.RecordStore.FirstVersion> both = List.of(
                new com.allinaccountability.core.port.RecordStore.FirstVersion(
                        AccountabilityRecord.empty(fresh, newId()).withRevisions(List.of(revision(1))), List.of()),
                new com.allinaccountability.core.port.RecordStore.FirstVersion(
                        existing.withVersion(0), List.of()));

        assertThatThrownBy(() -> store.insertFirstVersions(both)).isInstanceOf(RuntimeException.class);
        assertThat(store.load(fresh)).isEmpty();
        assertThat(store.load(existing.issueId())).contains(existing);
    }

    /** A record as stored: loaded back, its snapshot text, its history, and its rows per table. */
    private record Stored(Optional<AccountabilityRecord> record, String snapshot, List<HistoryEvent> history,
            List<Integer> rows) {
    }

    private Stored stored(long issue) throws Exception {
        String snapshot;
        try (Connection connection = database.connection();
                java.sql.PreparedStatement query = connection.prepareStatement("SELECT \"SNAPSHOT\" FROM "
                        + database.qualified(RecordEntity.TABLE) + " WHERE \"ISSUE_ID\" = ?")) {
            query.setLong(1, issue);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                snapshot = rows.getString(1);
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (String table : List.of(RecordEntity.TABLE, RevisionEntity.TABLE, AlignmentEntity.TABLE,
                OwnershipEntity.TABLE, CheckInEntity.TABLE, HistoryEntity.TABLE, RecordLedgerEntity.TABLE)) {
            rows.add(database.rows(table, "\"ISSUE_ID\" = " + issue));
        }
        return new Stored(store.load(issue), snapshot, store.history(issue, 0, 100), rows);
    }

    private static ProjectPolicy largePolicy(long project) {
        List<PolicyRule> rules = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rules.add(new PolicyRule(StatusCategory.values()[i % 3], EnumSet.of(Requirement.values()[i % 7])));
        }
        return new ProjectPolicy(project, Set.of("Story", "Bug", "Task", "Epic", "Spike"), rules, true, 5, 0);
    }

    private static IssueFacts issue(long issueId, long project) {
        return new IssueFacts(issueId, "P-" + issueId, project, "P", "Story", "Issue " + issueId, "In Progress",
                StatusCategory.INDETERMINATE, Optional.of(OWNER), Optional.of(OWNER), Optional.empty(), T0,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A record with {@code checkins} check-ins and {@code events} history events, saved once. */
    private AccountabilityRecord saveCheckInsAndEvents(long issue, long project, int checkins, int events) {
        List<CheckIn> checkInList = new ArrayList<>();
        for (int i = 0; i < checkins; i++) {
            checkInList.add(checkIn(i));
        }
        List<HistoryEvent> eventList = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            eventList.add(event(issue, i));
        }
        return saved(store.save(AccountabilityRecord.empty(issue, project).withRevisions(List.of(revision(1)))
                .withCheckins(checkInList), eventList));
    }

    private static ProjectPolicy saved(com.allinaccountability.core.port.RecordStore.PolicySaveResult result) {
        assertThat(result).isInstanceOf(com.allinaccountability.core.port.RecordStore.PolicySaveResult.Saved.class);
        return ((com.allinaccountability.core.port.RecordStore.PolicySaveResult.Saved) result).policy();
    }

    @Test
    void historyPageAndSizeAreOneStatementEach() {
        AccountabilityRecord record = saveWithHistory(newId(), newId(), 120);

        int page = database.counter().countDuring(() -> assertThat(store.history(record.issueId(), 100, 50))
                .hasSize(20).first().extracting(HistoryEvent::field).isEqualTo("field19"));
        int size = database.counter().countDuring(() -> store.historySize(record.issueId()));

        report("history page", page);
        report("history size", size);
        assertThat(page).isEqualTo(1);
        assertThat(size).isEqualTo(1);
    }

    @Test
    void anIssueListPageOfRecordsIsOneStatement() {
        long project = newId();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(saveWithHistory(newId(), project, i % 4).issueId());
        }
        ids.add(newId());

        int statements = database.counter().countDuring(() -> assertThat(store.loadAll(ids)).hasSize(50));

        report("loadAll, a page of 50 issues", statements);
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void thePanelReadsTheCheckInCadenceInOneStatement() {
        long project = newId();
        int withoutPolicy = database.counter().countDuring(() ->
                assertThat(store.checkinCadenceDays(project)).isEqualTo(ProjectPolicy.DEFAULT_CHECKIN_CADENCE_DAYS));
        store.savePolicy(new ProjectPolicy(project, Set.of("Story"), List.of(), false, 3, 0));
        int withPolicy = database.counter().countDuring(() ->
                assertThat(store.checkinCadenceDays(project)).isEqualTo(3));

        assertThat(withoutPolicy).isEqualTo(1);
        assertThat(withPolicy).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ snapshots

    @Test
    void aRowWithoutASnapshotIsReadFromItsChildRows() throws Exception {
        long issue = newId();
        saveFull(issue, newId());
        AccountabilityRecord stored = store.load(issue).orElseThrow();

        forgetSnapshots("= " + issue, null);
        int fromRows = database.counter().countDuring(() -> assertThat(store.load(issue)).contains(stored));
        forgetSnapshots("= " + issue, RecordSnapshot.FORMAT + 1);
        int fromRowsOfOtherFormat = database.counter().countDuring(() -> assertThat(store.load(issue)).contains(stored));

        report("load, row without a snapshot", fromRows);
        assertThat(fromRows).as("statements: %s", database.counter().statements()).isEqualTo(LOAD_FROM_ROWS_STATEMENTS);
        assertThat(fromRowsOfOtherFormat).isEqualTo(LOAD_FROM_ROWS_STATEMENTS);
    }

    /**
     * A writer that does not know snapshots (an older build on another node, or after a downgrade) saves the version
     * and the child rows and leaves the old snapshot: the rows answer, and the next save does not lose their changes.
     */
    @Test
    void aSnapshotOlderThanItsRowIsNotTrusted() throws Exception {
        long issue = newId();
        AccountabilityRecord v1 = saved(store.save(RecordStoreContract.aFullRecord(issue, newId()),
                List.of(event(issue, 0))));
        // What an older build's save leaves: version 2 and a new check-in row; the snapshot still says version 1.
        try (Connection connection = database.connection()) {
            execute(connection, "UPDATE " + database.qualified(RecordEntity.TABLE)
                    + " SET \"VERSION\" = 2 WHERE \"ISSUE_ID\" = " + issue);
            execute(connection, "INSERT INTO " + database.qualified(CheckInEntity.TABLE)
                    + " (\"ISSUE_ID\", \"USER_KEY\", \"STATUS\", \"NOTE\", \"CHECKED_AT\") VALUES (" + issue
                    + ", 'owner', 'AT_RISK', 'Written by an older build', " + Columns.nanos(T0) + ")");
        }
        List<CheckIn> expected = new ArrayList<>(v1.checkins());
        expected.add(new CheckIn(OWNER, CheckInStatus.AT_RISK, "Written by an older build", Optional.empty(), T0));
        AccountabilityRecord v2 = v1.withCheckins(expected).withVersion(2);

        int statements = database.counter().countDuring(() -> assertThat(store.load(issue)).contains(v2));
        assertThat(statements).isEqualTo(LOAD_FROM_ROWS_STATEMENTS);

        List<CheckIn> more = new ArrayList<>(expected);
        more.add(checkIn(7));
        AccountabilityRecord v3 = saved(store.save(v2.withCheckins(more), List.of()));
        assertThat(store.load(issue)).contains(v3);
        assertThat(store.load(issue).orElseThrow().checkins()).hasSize(4);
    }

    @Test
    void anUnreadableSnapshotIsReadFromTheRows() throws Exception {
        long issue = newId();
        saveFull(issue, newId());
        AccountabilityRecord stored = store.load(issue).orElseThrow();
        try (Connection connection = database.connection()) {
            execute(connection, "UPDATE " + database.qualified(RecordEntity.TABLE)
                    + " SET \"SNAPSHOT\" = '{\"revisions\":[{}]}' WHERE \"ISSUE_ID\" = " + issue);
        }

        assertThat(store.load(issue)).contains(stored);
    }

    @Test
    void changingAStoredCheckInIsRefusedAndChangesNothing() {
        AccountabilityRecord v1 = saveWithHistory(newId(), newId(), 3);
        List<CheckIn> edited = new ArrayList<>(v1.checkins());
        edited.set(1, new CheckIn(OWNER, CheckInStatus.OFF_TRACK, "Rewritten", Optional.empty(), T0));
        edited.add(checkIn(9));

        assertThatThrownBy(() -> store.save(v1.withCheckins(edited), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("append only");

        assertThat(store.load(v1.issueId())).contains(v1);
    }

    @Test
    void changingAStoredCheckInIsRefusedAlsoWhenTheRowHasNoCurrentSnapshot() throws Exception {
        AccountabilityRecord v1 = saveWithHistory(newId(), newId(), 3);
        forgetSnapshots("= " + v1.issueId(), null);
        List<CheckIn> edited = new ArrayList<>(v1.checkins());
        edited.set(0, new CheckIn(OWNER, CheckInStatus.OFF_TRACK, "Rewritten", Optional.empty(), T0));

        assertThatThrownBy(() -> store.save(v1.withCheckins(edited), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("append only");

        List<CheckIn> appended = new ArrayList<>(v1.checkins());
        appended.add(checkIn(8));
        AccountabilityRecord v2 = saved(store.save(v1.withCheckins(appended), List.of()));
        assertThat(store.load(v1.issueId())).contains(v2);
    }

    @Test
    void revisionsOutOfOrderAreRefused() {
        AccountabilityRecord record = AccountabilityRecord.empty(newId(), newId())
                .withRevisions(List.of(revision(2), revision(1)));

        assertThatThrownBy(() -> store.save(record, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revision order");
        assertThat(store.load(record.issueId())).isEmpty();
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (java.sql.Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isPositive();
        }
    }

    @Test
    void theNextSaveWritesTheSnapshotAgain() throws Exception {
        long issue = newId();
        AccountabilityRecord first = saved(store.save(RecordStoreContract.aFullRecord(issue, newId()),
                List.of(event(issue, 0))));
        forgetSnapshots("= " + issue, null);

        List<CheckIn> more = new ArrayList<>(first.checkins());
        more.add(checkIn(1));
        AccountabilityRecord second = saved(store.save(first.withCheckins(more), List.of(event(issue, 1))));

        int statements = database.counter().countDuring(() -> assertThat(store.load(issue)).contains(second));
        assertThat(statements).isEqualTo(LOAD_STATEMENTS);
    }

    @Test
    void aProjectWithRowsWithAndWithoutSnapshotsStreamsInIssueOrder() throws Exception {
        AoRecordStore pagedStore = new AoRecordStore(database.session(), 4);
        long project = newId();
        List<AccountabilityRecord> saved = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            saved.add(saveWithHistory(newId(), project, i % 3));
        }
        // Every other record as if written before snapshots existed.
        String odd = "IN (" + saved.get(1).issueId() + "," + saved.get(3).issueId() + "," + saved.get(4).issueId()
                + "," + saved.get(9).issueId() + ")";
        forgetSnapshots(odd, null);

        List<AccountabilityRecord> streamed = new ArrayList<>();
        int statements = database.counter().countDuring(() -> pagedStore.forEachInProject(project, streamed::add));

        assertThat(streamed).containsExactlyElementsOf(saved);
        // Three pages of one statement each, and the five statements of a read from rows for each page with such rows;
        // and the project's first issue id, and whether any follows the last window.
        assertThat(statements).isEqualTo(2 + 3 + 3 * (LOAD_FROM_ROWS_STATEMENTS - 1));
    }

    /** Sets the snapshot format of the record rows whose issue id matches {@code criterion} (no snapshot if null). */
    private void forgetSnapshots(String criterion, Integer format) throws Exception {
        try (Connection connection = database.connection();
                java.sql.PreparedStatement update = connection.prepareStatement("UPDATE "
                        + database.qualified(RecordEntity.TABLE) + " SET \"SNAPSHOT_FORMAT\" = ? WHERE \"ISSUE_ID\" "
                        + criterion)) {
            if (format == null) {
                update.setNull(1, java.sql.Types.INTEGER);
            } else {
                update.setInt(1, format);
            }
            assertThat(update.executeUpdate()).isPositive();
        }
    }

    // ------------------------------------------------------------------------------------------ paging

    @Test
    void forEachInProjectReadsOnePageAtATime() {
        AoRecordStore pagedStore = new AoRecordStore(database.session(), 10);
        long project = newId();
        List<AccountabilityRecord> saved = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            saved.add(saveWithHistory(newId(), project, 2));
        }
        saveWithHistory(newId(), newId(), 1);

        List<Integer> statementsBeforeEach = new ArrayList<>();
        List<AccountabilityRecord> streamed = new ArrayList<>();
        database.counter().reset();
        pagedStore.forEachInProject(project, record -> {
            statementsBeforeEach.add(database.counter().count());
            streamed.add(record);
        });
        int total = database.counter().count();

        report("forEachInProject, 25 records in pages of 10", total);
        assertThat(streamed).containsExactlyElementsOf(saved);
        // The first page arrives after the query of the project's first issue id and one page's statement: nothing
        // beyond the page was read. At the end, one query finds no issue after the last window.
        assertThat(statementsBeforeEach.get(0)).isEqualTo(1 + LOAD_STATEMENTS);
        assertThat(statementsBeforeEach.get(10)).isEqualTo(1 + 2 * LOAD_STATEMENTS);
        assertThat(statementsBeforeEach.get(20)).isEqualTo(1 + 3 * LOAD_STATEMENTS);
        assertThat(total).isEqualTo(2 + 3 * LOAD_STATEMENTS);
    }

    /**
     * A page of a project's records must come from the {@code (PROJECT_ID, ISSUE_ID)} index in order, not from
     * reading and sorting every remaining record of the project: that made a report over 100,000 issues quadratic.
     */
    @Test
    void aProjectIsReadAndDeletedPageByPageInIndexOrderWithoutASort() throws Exception {
        AoRecordStore pagedStore = new AoRecordStore(database.session(), 10);
        long project = newId();
        for (int i = 0; i < 30; i++) {
            saveWithHistory(newId(), project, 0);
        }

        database.counter().reset();
        pagedStore.forEachInProject(project, record -> { });
        List<String> statements = database.counter().statements();
        String nextKey = orderedQueries(statements, 2).get(0);
        String page = orderedQueries(statements, 3).get(0);
        database.counter().reset();
        pagedStore.deleteProject(project);
        String deletePage = orderedQuery(database.counter().statements());

        assertReadInIndexOrder(nextKey, project, Long.MIN_VALUE);
        assertReadInIndexOrder(page, project, Long.MIN_VALUE, Long.MAX_VALUE);
        assertReadInIndexOrder(deletePage, project);
    }

    @Test
    void allRecordsAreReadPageByPageInIndexOrderWithoutASort() throws Exception {
        AoRecordStore pagedStore = new AoRecordStore(database.session(), 10);
        for (int i = 0; i < 25; i++) {
            saveWithHistory(newId(), newId(), 0);
        }

        List<Integer> statementsBeforeEach = new ArrayList<>();
        database.counter().reset();
        pagedStore.forEachRecord(record -> statementsBeforeEach.add(database.counter().count()));
        String page = orderedQuery(database.counter().statements());

        assertThat(statementsBeforeEach).hasSizeGreaterThanOrEqualTo(25);
        assertThat(statementsBeforeEach.get(0)).as("the first page arrives after its one query").isEqualTo(1);
        assertReadInIndexOrder(page, Long.MIN_VALUE);
    }

    /** The distinct ordered queries among {@code statements} with this many parameters. */
    private static List<String> orderedQueries(List<String> statements, int parameters) {
        List<String> found = statements.stream().filter(sql -> sql != null && sql.contains("ORDER BY"))
                .filter(sql -> sql.chars().filter(c -> c == '?').count() == parameters).distinct().toList();
        assertThat(found).as("ordered queries with %s parameters among %s", parameters, statements).isNotEmpty();
        return found;
    }

    private static String orderedQuery(List<String> statements) {
        return statements.stream().filter(sql -> sql != null && sql.contains("ORDER BY")).findFirst()
                .orElseThrow(() -> new AssertionError("no ordered query among " + statements));
    }

    /** Asks the database for its plan of {@code sql}: H2 must say "index sorted", PostgreSQL must plan no Sort. */
    private void assertReadInIndexOrder(String sql, Object... parameters) throws Exception {
        boolean h2 = database.name().equals("H2");
        StringBuilder plan = new StringBuilder();
        try (Connection connection = database.connection()) {
            if (!h2) {
                // A table this small is cheaper to scan (or to bitmap-scan and sort); ask whether an index plan
                // needs a sort at all.
                try (java.sql.Statement off = connection.createStatement()) {
                    off.execute("SET enable_seqscan = off");
                    off.execute("SET enable_bitmapscan = off");
                }
            }
            try (java.sql.PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            } finally {
                if (!h2) {
                    try (java.sql.Statement reset = connection.createStatement()) {
                        reset.execute("RESET enable_seqscan");
                        reset.execute("RESET enable_bitmapscan");
                    }
                }
            }
        }
        if (h2) {
            assertThat(plan.toString()).as("plan of %s", sql).contains("index sorted");
        } else {
            assertThat(plan.toString()).as("plan of %s", sql).contains("Index").doesNotContain("Sort");
        }
    }

    @Test
    void forEachInProjectStopsAfterAnEmptyPageWhenTheLastPageWasFull() {
        AoRecordStore pagedStore = new AoRecordStore(database.session(), 4);
        long project = newId();
        for (int i = 0; i < 8; i++) {
            saveWithHistory(newId(), project, 0);
        }
        List<Long> streamed = new ArrayList<>();

        int statements = database.counter().countDuring(() ->
                pagedStore.forEachInProject(project, record -> streamed.add(record.issueId())));

        assertThat(streamed).hasSize(8).isSorted();
        // The first issue id, two full pages, the empty one, and the query that finds no issue after it.
        assertThat(statements).isEqualTo(1 + 2 * LOAD_STATEMENTS + 1 + 1);
    }

    // ------------------------------------------------------------------------------------------ deletes

    @Test
    void deletingAProjectLeavesNoOrphanRowsInAnyTable() throws Exception {
        AoRecordStore pagedStore = new AoRecordStore(database.session(), 10);
        long project = newId();
        long otherProject = newId();
        List<Long> issues = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long issue = newId();
            issues.add(issue);
            saveFull(issue, project);
        }
        long otherIssue = newId();
        saveFull(otherIssue, otherProject);
        pagedStore.savePolicy(policy(project));
        pagedStore.savePolicy(policy(otherProject));

        pagedStore.deleteProject(project);

        String deleted = "\"ISSUE_ID\" IN (" + issues.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")";
        for (String table : issueTables()) {
            assertThat(database.rows(table, deleted)).as(table).isZero();
            assertThat(database.rows(table, "\"ISSUE_ID\" = " + otherIssue)).as(table).isPositive();
        }
        for (String table : projectTables()) {
            assertThat(database.rows(table, "\"PROJECT_ID\" = " + project)).as(table).isZero();
            assertThat(database.rows(table, "\"PROJECT_ID\" = " + otherProject)).as(table).isPositive();
        }
    }

    @Test
    void deletingAnIssueLeavesNoOrphanRowsInAnyTable() throws Exception {
        long issue = newId();
        long neighbour = newId();
        long project = newId();
        saveFull(issue, project);
        saveFull(neighbour, project);

        store.deleteIssue(issue);

        for (String table : issueTables()) {
            assertThat(database.rows(table, "\"ISSUE_ID\" = " + issue)).as(table).isZero();
            assertThat(database.rows(table, "\"ISSUE_ID\" = " + neighbour)).as(table).isPositive();
        }
    }

    // ------------------------------------------------------------------------------------------ concurrency

    @Test
    void writersRacingOnOneIssueLoseNoUpdate() throws Exception {
        long issue = newId();
        long project = newId();
        AccountabilityRecord start = saved(store.save(AccountabilityRecord.empty(issue, project)
                .withRevisions(List.of(revision(1))), List.of()));
        int writers = 4;
        int checkInsEach = 8;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> staleCounts = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "writer" + w;
                staleCounts.add(threads.submit(() -> appendCheckIns(issue, writer, checkInsEach)));
            }
            int stale = 0;
            for (Future<Integer> count : staleCounts) {
                stale += count.get(120, TimeUnit.SECONDS);
            }

            AccountabilityRecord end = store.load(issue).orElseThrow();
            report("racing writers: saves refused as stale and retried", stale);
            assertThat(end.checkins()).hasSize(writers * checkInsEach);
            assertThat(end.version()).isEqualTo(start.version() + writers * checkInsEach);
            assertThat(store.historySize(issue)).isEqualTo(writers * checkInsEach);
            assertThat(database.rows("RECORD", "\"ISSUE_ID\" = " + issue)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aSaveTheDatabaseKeepsRefusingForContentionEndsAsStaleNotAsAnError() {
        long issue = newId();
        AccountabilityRecord start = saved(store.save(AccountabilityRecord.empty(issue, newId())
                .withRevisions(List.of(revision(1))), List.of()));
        java.util.concurrent.atomic.AtomicInteger transactions = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        // What PostgreSQL's serializable isolation answers to a transaction that lost to concurrent ones: every save
        // transaction refused, the store's read of the stored version after each refusal answered.
        AoSession refusing = (AoSession) java.lang.reflect.Proxy.newProxyInstance(AoSession.class.getClassLoader(),
                new Class<?>[] {AoSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("transaction") && transactions.incrementAndGet() % 2 == 1) {
                        tries.incrementAndGet();
                        throw new AoSessionException("Transaction failed", new java.sql.SQLException(
                                "could not serialize access due to read/write dependencies among transactions",
                                "40001"));
                    }
                    try {
                        return method.invoke(database.session(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        SaveResult result = new AoRecordStore(refusing).save(start.withRevisions(List.of(revision(1), revision(2))),
                List.of());

        assertThat(result).isEqualTo(new SaveResult.Stale(start.version()));
        assertThat(tries.get()).isEqualTo(AoRecordStore.MAX_ATTEMPTS);
        assertThat(store.load(issue)).contains(start);
    }

    /** Load, add one check-in, save; on a stale version load again. Returns how often it was stale. */
    private int appendCheckIns(long issue, String writer, int howMany) {
        int stale = 0;
        for (int i = 0; i < howMany; ) {
            AccountabilityRecord current = store.load(issue).orElseThrow();
            List<CheckIn> checkins = new ArrayList<>(current.checkins());
            checkins.add(new CheckIn(UserKey.of(writer), CheckInStatus.ON_TRACK, writer + " #" + i, Optional.empty(),
                    T0.plusSeconds(i)));
            SaveResult result = store.save(current.withCheckins(checkins), List.of(new HistoryEvent(issue,
                    T0.plusSeconds(i), UserKey.of(writer), "checkin", "", writer + " #" + i)));
            if (result instanceof SaveResult.Saved) {
                i++;
            } else {
                stale++;
            }
        }
        return stale;
    }

    @Test
    void theLedgerKeepsAboutOneRowPerRecord() throws Exception {
        AccountabilityRecord record = saveWithHistory(newId(), newId(), 0);
        for (int i = 0; i < 5; i++) {
            List<CheckIn> appended = new ArrayList<>(record.checkins());
            appended.add(checkIn(i));
            record = saved(store.save(record.withCheckins(appended), List.of()));
        }

        assertThat(record.version()).isEqualTo(6);
        assertThat(database.rows("RECORD_LEDGER", "\"ISSUE_ID\" = " + record.issueId())).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ refusals

    @Test
    void aRecordThatDropsAStoredRevisionIsRefusedAndChangesNothing() {
        AccountabilityRecord v1 = saved(store.save(AccountabilityRecord.empty(newId(), newId())
                .withRevisions(List.of(revision(1), revision(2))), List.of()));

        assertThatThrownBy(() -> store.save(v1.withRevisions(List.of(revision(2))),
                List.of(event(v1.issueId(), 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revision");

        assertThat(store.load(v1.issueId())).contains(v1);
        assertThat(store.historySize(v1.issueId())).isZero();
    }

    @Test
    void aRecordWithFewerCheckInsThanStoredIsRefusedAndChangesNothing() {
        AccountabilityRecord v1 = saveWithHistory(newId(), newId(), 3);

        assertThatThrownBy(() -> store.save(v1.withCheckins(v1.checkins().subList(0, 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("append only");

        assertThat(store.load(v1.issueId())).contains(v1);
    }

    @Test
    void historyOfAnotherIssueIsRefused() {
        AccountabilityRecord record = AccountabilityRecord.empty(newId(), newId());

        assertThatThrownBy(() -> store.save(record, List.of(event(record.issueId() + 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.load(record.issueId())).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ schema

    @Test
    void everyNameFitsOraclesThirtyCharactersWithTheJiraPrefix() throws Exception {
        List<String> tables = database.tables();

        assertThat(tables).hasSize(StoreEntities.ALL.size());
        for (String table : tables) {
            assertThat(table).startsWith(database.tablePrefix()).hasSizeLessThanOrEqualTo(30);
            assertThat(columns(table)).allSatisfy(column -> assertThat(column).hasSizeLessThanOrEqualTo(30));
            // H2 names the index behind a unique constraint after the constraint plus "_INDEX_n"; the name AO
            // chose, and the one Oracle would get, is the constraint's.
            assertThat(indexes(table).keySet()).allSatisfy(index -> assertThat(index.replaceFirst("_INDEX_[0-9A-F]+$", ""))
                    .as(table).hasSizeLessThanOrEqualTo(30));
        }
    }

    @Test
    void theColumnConstantsNameTheColumnsAoCreated() throws Exception {
        for (Class<? extends RawEntity<?>> entity : StoreEntities.ALL) {
            Set<String> constants = new HashSet<>();
            String table = null;
            for (Field field : entity.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    if (field.getName().equals("TABLE")) {
                        table = (String) field.get(null);
                    } else {
                        constants.add((String) field.get(null));
                    }
                }
            }
            assertThat(table).as(entity.getSimpleName() + ".TABLE").isNotNull();
            Set<String> columns = new HashSet<>(columns(database.table(table)));
            columns.remove("ID");
            constants.remove("ID");
            assertThat(constants).as(entity.getSimpleName()).isEqualTo(columns);
        }
    }

    @Test
    void everyLookupHasAnIndex() throws Exception {
        Map<String, List<List<String>>> expected = Map.ofEntries(
                Map.entry(RecordEntity.TABLE, List.of(List.of("ISSUE_ID"), List.of("PROJECT_ID", "ISSUE_ID"))),
                Map.entry(RecordLedgerEntity.TABLE, List.of(List.of("ISSUE_ID"), List.of("ISSUE_VERSION"))),
                Map.entry(RevisionEntity.TABLE, List.of(List.of("ISSUE_ID"))),
                Map.entry(AlignmentEntity.TABLE, List.of(List.of("ISSUE_ID"))),
                Map.entry(OwnershipEntity.TABLE, List.of(List.of("ISSUE_ID"))),
                Map.entry(CheckInEntity.TABLE, List.of(List.of("ISSUE_ID"))),
                Map.entry(HistoryEntity.TABLE, List.of(List.of("ISSUE_ID", "ID"))),
                Map.entry(PolicyEntity.TABLE, List.of(List.of("PROJECT_ID"))),
                Map.entry(PolicyRuleEntity.TABLE, List.of(List.of("PROJECT_ID"))),
                Map.entry(PolicyIssueTypeEntity.TABLE, List.of(List.of("PROJECT_ID"))),
                Map.entry(PolicyLedgerEntity.TABLE, List.of(List.of("PROJECT_ID"), List.of("PROJECT_VERSION"))),
                Map.entry(WaitingEntity.TABLE, List.of(
                        List.of("USER_KEY", "DEADLINE_DAY", "SINCE", "ISSUE_ID", "ACTION_RANK"),
                        List.of("ISSUE_ID"), List.of("PROJECT_ID", "USER_KEY"), List.of("STEP_KEY"))),
                Map.entry(WaitingLockEntity.TABLE, List.of(List.of("ISSUE_ID"))),
                Map.entry(PreferenceEntity.TABLE, List.of(List.of("USER_KEY"))),
                Map.entry(DigestLedgerEntity.TABLE, List.of(List.of("ENTRY_KEY"))));

        for (Map.Entry<String, List<List<String>>> table : expected.entrySet()) {
            Map<String, List<String>> indexes = indexes(database.table(table.getKey()));
            for (List<String> lookup : table.getValue()) {
                assertThat(indexes.values()).as("indexes of %s", table.getKey())
                        .anySatisfy(columns -> assertThat(columns).startsWith(lookup.toArray(String[]::new)));
            }
        }
        assertThat(uniqueIndexes(database.table(RecordEntity.TABLE))).contains(List.of("ISSUE_ID"));
        assertThat(uniqueIndexes(database.table(RecordLedgerEntity.TABLE))).contains(List.of("ISSUE_VERSION"));
        assertThat(uniqueIndexes(database.table(PolicyEntity.TABLE))).contains(List.of("PROJECT_ID"));
        assertThat(uniqueIndexes(database.table(PolicyLedgerEntity.TABLE))).contains(List.of("PROJECT_VERSION"));
        assertThat(uniqueIndexes(database.table(WaitingEntity.TABLE))).contains(List.of("STEP_KEY"));
        assertThat(uniqueIndexes(database.table(WaitingLockEntity.TABLE))).contains(List.of("ISSUE_ID"));
        assertThat(uniqueIndexes(database.table(PreferenceEntity.TABLE))).contains(List.of("USER_KEY"));
        assertThat(uniqueIndexes(database.table(DigestLedgerEntity.TABLE))).contains(List.of("ENTRY_KEY"));
    }

    private List<String> columns(String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = database.connection();
                ResultSet rs = connection.getMetaData().getColumns(null, database.schema(), table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private Map<String, List<String>> indexes(String table) throws Exception {
        return indexes(table, false);
    }

    private Collection<List<String>> uniqueIndexes(String table) throws Exception {
        return indexes(table, true).values();
    }

    /** Index name to its columns in order. */
    private Map<String, List<String>> indexes(String table, boolean uniqueOnly) throws Exception {
        Map<String, TreeMap<Short, String>> byName = new TreeMap<>();
        try (Connection connection = database.connection();
                ResultSet rs = connection.getMetaData().getIndexInfo(null, database.schema(), table, uniqueOnly,
                        false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                    byName.computeIfAbsent(rs.getString("INDEX_NAME"), name -> new TreeMap<>())
                            .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").replace("\"", ""));
                }
            }
        }
        Map<String, List<String>> indexes = new TreeMap<>();
        byName.forEach((name, columns) -> indexes.put(name, List.copyOf(columns.values())));
        return indexes;
    }

    // ------------------------------------------------------------------------------------------ fixtures

    private static long newId() {
        return IDS.incrementAndGet();
    }

    /** A record with {@code n} check-ins, saved once, with {@code n} history events. */
    private AccountabilityRecord saveWithHistory(long issue, long project, int n) {
        List<CheckIn> checkins = new ArrayList<>();
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            checkins.add(checkIn(i));
            events.add(event(issue, i));
        }
        AccountabilityRecord record = AccountabilityRecord.empty(issue, project)
                .withRevisions(List.of(revision(1)))
                .withCheckins(checkins);
        return saved(store.save(record, events));
    }

    /** A full record saved twice, so that it has rows in every table, the ledger included (a first save has none). */
    private void saveFull(long issue, long project) {
        AccountabilityRecord record = RecordStoreContract.aFullRecord(issue, project);
        AccountabilityRecord first = saved(store.save(record, List.of(event(issue, 0))));
        saved(store.save(first, List.of(event(issue, 1))));
    }

    private static ProjectPolicy policy(long project) {
        return new ProjectPolicy(project, Set.of("Story"),
                List.of(new PolicyRule(StatusCategory.DONE, EnumSet.of(Requirement.RETROSPECTIVE_VERIFIED))),
                false, 7, 0);
    }

    private static Expectation revision(int number) {
        return new Expectation(number, "Outcome " + number, "Why " + number, LocalDate.of(2025, 7, number),
                "", OWNER, T0.plusSeconds(number));
    }

    private static CheckIn checkIn(int i) {
        return new CheckIn(OWNER, CheckInStatus.values()[i % 3], "Check-in " + i,
                i % 2 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2025, 8, 1).plusDays(i)),
                T0.plusSeconds(60L * i));
    }

    private static HistoryEvent event(long issue, int i) {
        return new HistoryEvent(issue, T0.plusSeconds(i), OWNER, "field" + i, "old " + i, "new " + i);
    }

    private static AccountabilityRecord saved(SaveResult result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved) result).record();
    }

    private static List<String> issueTables() {
        return List.of(RecordEntity.TABLE, RecordLedgerEntity.TABLE, RevisionEntity.TABLE, AlignmentEntity.TABLE,
                OwnershipEntity.TABLE, CheckInEntity.TABLE, HistoryEntity.TABLE);
    }

    private static List<String> projectTables() {
        return List.of(PolicyEntity.TABLE, PolicyRuleEntity.TABLE, PolicyIssueTypeEntity.TABLE,
                PolicyLedgerEntity.TABLE);
    }

    private void report(String what, int statements) {
        System.out.printf("[statements] %-10s %-50s %d%n", database.name(), what, statements);
    }
}
