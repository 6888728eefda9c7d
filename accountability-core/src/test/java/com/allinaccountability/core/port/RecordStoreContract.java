package com.allinaccountability.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.allinaccountability.core.port.RecordStore.PolicySaveResult;
import com.allinaccountability.core.port.RecordStore.SaveResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecordStore} must do, whatever it stores in. Extend it and return the store under test from
 * {@link #store()}; the in-memory fake and the Active Objects store (on H2 and on PostgreSQL) both pass it.
 *
 * <p>Tests share the store of a test class, so each test takes fresh issue and project ids and never looks at anybody
 * else's. Instants carry nanoseconds and texts carry what users type (empty, unicode, markup, very long) because a
 * store must give back exactly what it was given.
 */
public abstract class RecordStoreContract {

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private static final UserKey ALICE = UserKey.of("alice");
    private static final UserKey BOB = UserKey.of("bob");
    private static final UserKey CAROL = UserKey.of("carol.o'neil");
    private static final UserKey DAVE = UserKey.of("dave@example.com");
    private static final UserKey ERIN = UserKey.of("JIRAUSER10100");

    private static final String HOSTILE = "<script>alert('x')</script> \"; DROP TABLE RECORD; -- ' OR 1=1 "
            + "Ünïcødé ✓ 日本語 עברית 🚀👩‍👩‍👧 \t tab\r\nnew line \\ backslash % _ ";
    private static final String LONG_TEXT = "long text ".repeat(2_000) + "end";

    /** The store under test; may be the same instance for every test of a class. */
    protected abstract RecordStore store();

    private RecordStore store;
    private ExecutorService threads;

    @BeforeEach
    void openStore() {
        store = store();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    // ------------------------------------------------------------------------------------------ records

    @Test
    void anIssueNobodyWroteAboutHasNoRecordAndNoHistory() {
        long issue = newId();

        assertThat(store.load(issue)).isEmpty();
        assertThat(store.history(issue, 0, 50)).isEmpty();
        assertThat(store.historySize(issue)).isZero();
    }

    @Test
    void everyFieldOfEveryStepComesBackAsSaved() {
        AccountabilityRecord record = aFullRecord(newId(), newId());

        SaveResult result = store.save(record, List.of(anEvent(record.issueId(), "expectation.outcome", "", "x")));

        assertThat(result).isEqualTo(new SaveResult.Saved(record.withVersion(1)));
        assertThat(store.load(record.issueId())).contains(record.withVersion(1));
    }

    @Test
    void hostileLongAndEmptyTextsComeBackExactly() {
        long issue = newId();
        Instant at = Instant.parse("2031-12-31T23:59:59.999999999Z");
        AccountabilityRecord record = AccountabilityRecord.empty(issue, newId())
                .withRevisions(List.of(new Expectation(1, HOSTILE, LONG_TEXT, LocalDate.of(9999, 12, 31), "",
                        CAROL, at)))
                .withAlignments(List.of(new Alignment(DAVE, AlignmentState.CONCERNS, LONG_TEXT,
                        Optional.of(LocalDate.of(1, 1, 1)), 1, at)))
                .withControl(new Control("", HOSTILE, 1, ERIN, Instant.EPOCH))
                .withOwnership(List.of(OwnershipDeclaration.declared(ERIN, OwnershipRole.OWNER, HOSTILE, at)))
                .withRetrospective(new Retrospective(RetrospectiveResult.NOT_MET, "", " ", "\n", LONG_TEXT, HOSTILE,
                        ERIN, at, 1))
                .withVerification(Optional.of(new Verification(CAROL, false, "", at)))
                .withCheckins(List.of(new CheckIn(ERIN, CheckInStatus.OFF_TRACK, HOSTILE, Optional.empty(), at)));
        HistoryEvent event = new HistoryEvent(issue, at, CAROL, "retrospective.lessons", HOSTILE, LONG_TEXT);

        assertThat(store.save(record, List.of(event))).isInstanceOf(SaveResult.Saved.class);

        assertThat(store.load(issue)).contains(record.withVersion(1));
        assertThat(store.history(issue, 0, 10)).containsExactly(event);
    }

    @Test
    void everySaveIncrementsTheVersion() {
        AccountabilityRecord first = anExpectationOnly(newId(), newId(), "Ship the importer");

        AccountabilityRecord v1 = saved(store.save(first, List.of()));
        AccountabilityRecord v2 = saved(store.save(v1.withControl(aControl()), List.of()));
        AccountabilityRecord v3 = saved(store.save(v2.withCheckins(List.of(aCheckIn())), List.of()));

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1L, 2L, 3L);
        assertThat(store.load(first.issueId())).contains(v3);
    }

    @Test
    void childrenFollowTheRecordWhenItChanges() {
        AccountabilityRecord v1 = saved(store.save(aFullRecord(newId(), newId()), List.of()));
        Instant later = Instant.parse("2025-06-01T08:00:00.000000001Z");
        Expectation revision3 = new Expectation(3, "Ship it to everyone", "Customers asked", LocalDate.of(2025, 9, 1),
                "ACC-1", ALICE, later);
        List<Expectation> revisions = new ArrayList<>(v1.revisions());
        revisions.add(revision3);
        // Erin aligns, Bob aligns again on the new revision, Carol's alignment is dropped; the co-owner withdraws,
        // a new co-owner declares; the retrospective is rewritten and the verification reopened.
        AccountabilityRecord changed = new AccountabilityRecord(v1.issueId(), v1.projectId(), v1.version(),
                revisions,
                List.of(new Alignment(ERIN, AlignmentState.ALIGNED, "", Optional.empty(), 3, later),
                        new Alignment(BOB, AlignmentState.CONCERNS, "Too soon", Optional.of(LocalDate.of(2025, 10, 1)),
                                3, later.plusNanos(1))),
                Optional.of(new Control("Only the API", "A tester", 2, BOB, later)),
                List.of(v1.ownership().get(0),
                        v1.ownership().get(1),
                        v1.ownership().get(2).withdrawn(later, "Moved teams"),
                        OwnershipDeclaration.declared(CAROL, OwnershipRole.CO_OWNER, "Count me in", later)),
                Optional.of(new Retrospective(RetrospectiveResult.EXCEEDED, "Dashboards", "Pairing", "Estimates",
                        "Ask early",
                        "Next quarter", BOB, later, 3)),
                Optional.empty(),
                append(v1.checkins(), new CheckIn(BOB, CheckInStatus.OFF_TRACK, "Blocked", Optional.empty(), later)));

        AccountabilityRecord v2 = saved(store.save(changed, List.of(anEvent(v1.issueId(), "alignment", "", "x"))));

        assertThat(v2).isEqualTo(changed.withVersion(2));
        assertThat(store.load(v1.issueId())).contains(changed.withVersion(2));
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        long issue = newId();
        AccountabilityRecord v1 = saved(store.save(aFullRecord(issue, newId()), List.of(anEvent(issue, "a", "", "1"))));
        AccountabilityRecord v2 = saved(store.save(v1.withControl(aControl()), List.of()));
        int historyBefore = store.historySize(v1.issueId());

        AccountabilityRecord basedOnV1 = v1.withCheckins(append(v1.checkins(), aCheckIn()))
                .withVerification(Optional.empty());
        SaveResult result = store.save(basedOnV1, List.of(anEvent(v1.issueId(), "verification", "yes", "")));

        assertThat(result).isEqualTo(new SaveResult.Stale(2));
        assertThat(store.load(v1.issueId())).contains(v2);
        assertThat(store.historySize(v1.issueId())).isEqualTo(historyBefore);
    }

    @Test
    void aSaveFromAVersionThatWasNeverStoredIsStale() {
        long issue = newId();
        AccountabilityRecord neverStored = anExpectationOnly(issue, newId(), "Phantom").withVersion(3);

        assertThat(store.save(neverStored, List.of())).isEqualTo(new SaveResult.Stale(0));
        assertThat(store.load(issue)).isEmpty();

        AccountabilityRecord v1 = saved(store.save(neverStored.withVersion(0), List.of()));
        assertThat(store.save(v1.withVersion(7), List.of(anEvent(issue, "f", "", "x"))))
                .isEqualTo(new SaveResult.Stale(1));
        assertThat(store.load(issue)).contains(v1);
        assertThat(store.historySize(issue)).isZero();
    }

    @Test
    void concurrentFirstWritesLeaveExactlyOneRecord() throws Exception {
        for (int round = 0; round < 5; round++) {
            long issue = newId();
            long project = newId();
            AccountabilityRecord mine = aFullRecord(issue, project);
            AccountabilityRecord theirs = anExpectationOnly(issue, project, "Someone else's idea");

            List<SaveResult> results = racing(
                    () -> store.save(mine, List.of(anEvent(issue, "mine", "", "1"))),
                    () -> store.save(theirs, List.of(anEvent(issue, "theirs", "", "1"))));

            assertThat(results).filteredOn(SaveResult.Saved.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(SaveResult.Stale.class::isInstance)
                    .containsExactly(new SaveResult.Stale(1));
            AccountabilityRecord winner = ((SaveResult.Saved) results.stream()
                    .filter(SaveResult.Saved.class::isInstance).findFirst().orElseThrow()).record();
            assertThat(store.load(issue)).contains(winner);
            assertThat(store.historySize(issue)).isEqualTo(1);
            assertThat(store.history(issue, 0, 10).get(0).field())
                    .isEqualTo(winner.equals(mine.withVersion(1)) ? "mine" : "theirs");
        }
    }

    @Test
    void concurrentEditsOfOneVersionGiveOneWinnerAndOneStale() throws Exception {
        for (int round = 0; round < 5; round++) {
            AccountabilityRecord v1 = saved(store.save(aFullRecord(newId(), newId()), List.of()));
            AccountabilityRecord mine = v1.withCheckins(append(v1.checkins(), aCheckIn()));
            AccountabilityRecord theirs = v1.withControl(aControl()).withVerification(Optional.empty());

            List<SaveResult> results = racing(
                    () -> store.save(mine, List.of(anEvent(v1.issueId(), "checkin", "", "x"))),
                    () -> store.save(theirs, List.of(anEvent(v1.issueId(), "control", "", "y"))));

            assertThat(results).filteredOn(SaveResult.Saved.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(SaveResult.Stale.class::isInstance)
                    .containsExactly(new SaveResult.Stale(2));
            AccountabilityRecord winner = ((SaveResult.Saved) results.stream()
                    .filter(SaveResult.Saved.class::isInstance).findFirst().orElseThrow()).record();
            assertThat(winner.version()).isEqualTo(2);
            assertThat(store.load(v1.issueId())).contains(winner);
            assertThat(store.historySize(v1.issueId())).isEqualTo(1);
        }
    }

    // ------------------------------------------------------------------------------------------ history

    @Test
    void historyIsNewestFirstAndPaged() {
        long issue = newId();
        long otherIssue = newId();
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            events.add(new HistoryEvent(issue, Instant.parse("2025-02-0" + i + "T10:00:00.000000" + i + "00Z"),
                    i % 2 == 0 ? ALICE : BOB, "field" + i, "old" + i, "new" + i));
        }
        AccountabilityRecord v1 = saved(store.save(anExpectationOnly(issue, newId(), "Paged"), events.subList(0, 2)));
        AccountabilityRecord v2 = saved(store.save(v1.withControl(aControl()), events.subList(2, 3)));
        saved(store.save(v2.withCheckins(List.of(aCheckIn())), events.subList(3, 5)));
        saved(store.save(anExpectationOnly(otherIssue, newId(), "Other"),
                List.of(anEvent(otherIssue, "other", "", "x"))));

        assertThat(store.history(issue, 0, 50))
                .containsExactly(events.get(4), events.get(3), events.get(2), events.get(1), events.get(0));
        assertThat(store.history(issue, 1, 2)).containsExactly(events.get(3), events.get(2));
        assertThat(store.history(issue, 4, 2)).containsExactly(events.get(0));
        assertThat(store.history(issue, 5, 2)).isEmpty();
        assertThat(store.history(issue, 0, 0)).isEmpty();
        assertThat(store.historySize(issue)).isEqualTo(5);
        assertThat(store.historySize(otherIssue)).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ policy

    @Test
    void loadAllAnswersTheStoredRecordsOfTheIssuesAskedForOnly() {
        AccountabilityRecord full = aFullRecord(newId(), newId());
        AccountabilityRecord small = anExpectationOnly(newId(), newId(), HOSTILE);
        AccountabilityRecord other = anExpectationOnly(newId(), newId(), "not asked for");
        for (AccountabilityRecord record : List.of(full, small, other)) {
            assertThat(store.save(record, List.of())).isInstanceOf(SaveResult.Saved.class);
        }
        long nobodyWrote = newId();

        Map<Long, AccountabilityRecord> found = store.loadAll(
                List.of(small.issueId(), nobodyWrote, full.issueId(), small.issueId()));

        assertThat(found).containsOnly(Map.entry(full.issueId(), full.withVersion(1)),
                Map.entry(small.issueId(), small.withVersion(1)));
        assertThat(store.loadAll(List.of())).isEmpty();
    }

    @Test
    void aProjectWithoutAStoredPolicyHasNone() {
        long project = newId();

        assertThat(store.policy(project)).isEqualTo(ProjectPolicy.none(project));
        assertThat(store.checkinCadenceDays(project)).isEqualTo(ProjectPolicy.DEFAULT_CHECKIN_CADENCE_DAYS);
    }

    @Test
    void aPolicyComesBackAsSavedAndAStalePolicyIsRefused() {
        long project = newId();
        ProjectPolicy policy = aPolicy(project);

        PolicySaveResult first = store.savePolicy(policy);

        assertThat(first).isEqualTo(new PolicySaveResult.Saved(policy.withVersion(1)));
        assertThat(store.policy(project)).isEqualTo(policy.withVersion(1));

        ProjectPolicy otherAdminsEdit = new ProjectPolicy(project, Set.of("Bug"), List.of(), false, 3, 0);
        assertThat(store.savePolicy(otherAdminsEdit)).isEqualTo(new PolicySaveResult.Stale(1));
        assertThat(store.policy(project)).isEqualTo(policy.withVersion(1));

        ProjectPolicy simpler = new ProjectPolicy(project, Set.of(),
                List.of(new PolicyRule(StatusCategory.DONE, Set.of())), false, 30, 1);
        assertThat(store.savePolicy(simpler)).isEqualTo(new PolicySaveResult.Saved(simpler.withVersion(2)));
        assertThat(store.policy(project)).isEqualTo(simpler.withVersion(2));
        assertThat(store.checkinCadenceDays(project)).isEqualTo(30);
    }

    @Test
    void concurrentPolicyEditsGiveOneWinner() throws Exception {
        long project = newId();
        ProjectPolicy mine = aPolicy(project);
        ProjectPolicy theirs = new ProjectPolicy(project, Set.of("Epic"), List.of(), true, 14, 0);

        List<PolicySaveResult> results = racing(() -> store.savePolicy(mine), () -> store.savePolicy(theirs));

        assertThat(results).filteredOn(PolicySaveResult.Saved.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(PolicySaveResult.Stale.class::isInstance)
                .containsExactly(new PolicySaveResult.Stale(1));
        assertThat(store.policy(project)).isIn(mine.withVersion(1), theirs.withVersion(1));
    }

    // ------------------------------------------------------------------------------------------ projects

    @Test
    void forEachRecordStreamsEveryRecordOfEveryProjectOnceInIssueOrder() {
        List<AccountabilityRecord> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(saved(store.save(aFullRecord(newId(), newId()), List.of())));
            mine.add(saved(store.save(anExpectationOnly(newId(), newId(), "Record " + i), List.of())));
        }

        List<AccountabilityRecord> streamed = new ArrayList<>();
        store.forEachRecord(streamed::add);

        // The store may hold other tests' records too: ours are all there, once, and everything is in issue order.
        assertThat(streamed).containsAll(mine);
        assertThat(streamed.stream().map(AccountabilityRecord::issueId).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aMovedIssuesRecordFollowsItToItsNewProject() {
        long from = newId();
        long to = newId();
        AccountabilityRecord record = saved(store.save(aFullRecord(newId(), from), List.of()));

        store.moveToProject(record.issueId(), to);
        store.moveToProject(newId(), to);   // no record: nothing to move
        store.deleteProject(from);

        AccountabilityRecord moved = store.load(record.issueId()).orElseThrow();
        assertThat(moved.projectId()).isEqualTo(to);
        assertThat(moved.version()).isEqualTo(record.version());
        assertThat(moved.checkins()).isEqualTo(record.checkins());
        List<AccountabilityRecord> inNewProject = new ArrayList<>();
        store.forEachInProject(to, inNewProject::add);
        assertThat(inNewProject).containsExactly(moved);
    }

    @Test
    void forEachInProjectStreamsEveryRecordOfThatProjectOnly() {
        long project = newId();
        long otherProject = newId();
        List<AccountabilityRecord> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(saved(store.save(aFullRecord(newId(), project), List.of())));
        }
        saved(store.save(aFullRecord(newId(), otherProject), List.of()));
        saved(store.save(anExpectationOnly(newId(), otherProject, "Elsewhere"), List.of()));

        List<AccountabilityRecord> streamed = new ArrayList<>();
        store.forEachInProject(project, streamed::add);

        assertThat(streamed).containsExactlyInAnyOrderElementsOf(expected);
        List<AccountabilityRecord> none = new ArrayList<>();
        store.forEachInProject(newId(), none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void deletingAnIssueRemovesItsRecordAndHistoryOnly() {
        long project = newId();
        long deletedIssue = newId();
        AccountabilityRecord deleted = saved(store.save(aFullRecord(deletedIssue, project),
                List.of(anEvent(deletedIssue, "x", "", "1"))));
        AccountabilityRecord kept = saved(store.save(aFullRecord(newId(), project), List.of()));
        saved(store.save(deleted.withControl(aControl()), List.of(anEvent(deleted.issueId(), "control", "", "2"))));
        saved(store.save(kept.withControl(aControl()), List.of(anEvent(kept.issueId(), "control", "", "3"))));

        store.deleteIssue(deleted.issueId());

        assertThat(store.load(deleted.issueId())).isEmpty();
        assertThat(store.history(deleted.issueId(), 0, 10)).isEmpty();
        assertThat(store.historySize(deleted.issueId())).isZero();
        assertThat(store.load(kept.issueId())).get().extracting(AccountabilityRecord::version).isEqualTo(2L);
        assertThat(store.historySize(kept.issueId())).isEqualTo(1);

        // The issue id may come back (e.g. a restore): it starts again from version 0.
        AccountabilityRecord again = anExpectationOnly(deleted.issueId(), project, "Again");
        assertThat(store.save(again, List.of())).isEqualTo(new SaveResult.Saved(again.withVersion(1)));
    }

    @Test
    void deletingAProjectRemovesItsRecordsHistoryAndPolicyOnly() {
        long project = newId();
        long otherProject = newId();
        List<Long> deletedIssues = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long issue = newId();
            deletedIssues.add(issue);
            saved(store.save(aFullRecord(issue, project), List.of(anEvent(issue, "f", "", "v"))));
        }
        store.savePolicy(aPolicy(project));
        long keptIssue = newId();
        AccountabilityRecord kept = saved(store.save(aFullRecord(keptIssue, otherProject),
                List.of(anEvent(keptIssue, "f", "", "v"))));
        ProjectPolicy keptPolicy = saved(store.savePolicy(aPolicy(otherProject)));

        store.deleteProject(project);

        for (long issue : deletedIssues) {
            assertThat(store.load(issue)).isEmpty();
            assertThat(store.historySize(issue)).isZero();
        }
        List<AccountabilityRecord> left = new ArrayList<>();
        store.forEachInProject(project, left::add);
        assertThat(left).isEmpty();
        assertThat(store.policy(project)).isEqualTo(ProjectPolicy.none(project));
        assertThat(store.load(kept.issueId())).contains(kept);
        assertThat(store.policy(otherProject)).isEqualTo(keptPolicy);

        assertThat(store.savePolicy(aPolicy(project))).isInstanceOf(PolicySaveResult.Saved.class);
    }

    @Test
    void historyPagingRejectsNegativeBounds() {
        assertThatThrownBy(() -> store.history(newId(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.history(newId(), 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------ fixtures

    /** A fresh id, never used by another test in this JVM. */
    public static long newId() {
        return IDS.incrementAndGet();
    }

    /** A record with every step filled in, two revisions, an outdated alignment and a withdrawn declaration. */
    public static AccountabilityRecord aFullRecord(long issueId, long projectId) {
        Instant t = Instant.parse("2025-03-04T10:15:30.123456789Z");
        return new AccountabilityRecord(issueId, projectId, 0,
                List.of(new Expectation(1, "Import works for CSV", "", LocalDate.of(2025, 4, 30), "", ALICE, t),
                        new Expectation(2, "Import works for CSV and XLSX", "Finance closes the books with it",
                                LocalDate.of(2025, 5, 15), "https://goals.example/q2?x=1&y=2", ALICE,
                                t.plusSeconds(60))),
                List.of(new Alignment(BOB, AlignmentState.ALIGNED, "", Optional.empty(), 2, t.plusSeconds(120)),
                        new Alignment(CAROL, AlignmentState.CONCERNS, "XLSX needs a library review",
                                Optional.of(LocalDate.of(2025, 5, 31)), 1, t.plusSeconds(30))),
                Optional.of(new Control("The parser and its tests", "One day of QA", 4, BOB, t.plusSeconds(180))),
                List.of(OwnershipDeclaration.declared(BOB, OwnershipRole.OWNER, "Mine to deliver", t.plusSeconds(150)),
                        OwnershipDeclaration.declared(ERIN, OwnershipRole.SPONSOR, "Ours", t.plusSeconds(155)),
                        OwnershipDeclaration.declared(DAVE, OwnershipRole.CO_OWNER, "I'll do XLSX", t.plusSeconds(160)),
                        OwnershipDeclaration.declared(DAVE, OwnershipRole.CO_OWNER, "Back again", t.plusSeconds(99))
                                .withdrawn(t.plusSeconds(100), "Wrong issue")),
                Optional.of(new Retrospective(RetrospectiveResult.PARTIALLY_MET, "CSV shipped, XLSX behind a flag",
                        "Early demo", "Library review came late", "Review dependencies first",
                        "XLSX by June 15", BOB, t.plusSeconds(86_400), 2)),
                Optional.of(new Verification(ALICE, true, "Agreed", t.plusSeconds(90_000))),
                List.of(new CheckIn(BOB, CheckInStatus.ON_TRACK, "Parser done", Optional.empty(), t.plusSeconds(3_600)),
                        new CheckIn(DAVE, CheckInStatus.AT_RISK, "XLSX library",
                                Optional.of(LocalDate.of(2025, 5, 20)), t.plusSeconds(7_200).plusNanos(1))));
    }

    public static AccountabilityRecord anExpectationOnly(long issueId, long projectId, String outcome) {
        return AccountabilityRecord.empty(issueId, projectId).withRevisions(List.of(new Expectation(1, outcome,
                "Because", LocalDate.of(2026, 1, 15), "GOAL-7", ALICE, Instant.parse("2025-01-01T00:00:00.5Z"))));
    }

    public static ProjectPolicy aPolicy(long projectId) {
        return new ProjectPolicy(projectId, Set.of("Story", "Epic", "Tâche spéciale"),
                List.of(new PolicyRule(StatusCategory.INDETERMINATE, EnumSet.of(Requirement.EXPECTATION_SET,
                                Requirement.WHY_STATED, Requirement.OWNER_ALIGNED, Requirement.OWNERSHIP_DECLARED)),
                        new PolicyRule(StatusCategory.DONE, EnumSet.of(Requirement.RETROSPECTIVE_WRITTEN)),
                        new PolicyRule(StatusCategory.DONE, EnumSet.allOf(Requirement.class))),
                true, 10, 0);
    }

    private static Control aControl() {
        return new Control("Scope and order of work", "", 5, BOB, Instant.parse("2025-03-10T09:00:00.000000042Z"));
    }

    private static CheckIn aCheckIn() {
        return new CheckIn(BOB, CheckInStatus.AT_RISK, "Waiting on review", Optional.of(LocalDate.of(2025, 6, 2)),
                Instant.parse("2025-03-11T09:00:00.987654321Z"));
    }

    private static HistoryEvent anEvent(long issueId, String field, String from, String to) {
        return new HistoryEvent(issueId, Instant.parse("2025-03-12T12:00:00.000000777Z"), ALICE, field, from, to);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static AccountabilityRecord saved(SaveResult result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved) result).record();
    }

    private static ProjectPolicy saved(PolicySaveResult result) {
        assertThat(result).isInstanceOf(PolicySaveResult.Saved.class);
        return ((PolicySaveResult.Saved) result).policy();
    }

    /** Runs both at once (released together by a barrier) and returns both results. */
    private <T> List<T> racing(Callable<T> one, Callable<T> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> first = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return one.call();
        });
        Future<T> second = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return other.call();
        });
        return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
    }
}
