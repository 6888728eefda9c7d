package com.allinaccountability.core.waiting;

import static com.allinaccountability.core.fixtures.WaitingWorld.done;
import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.WaitingWorld;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.rules.WaitingRules;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.service.Inputs.PolicyInput;
import com.allinaccountability.core.service.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitingServiceTest {
    private static final Caller BOB = Caller.of("bob");
    private final WaitingWorld world = new WaitingWorld();

    private WaitingPage mine(Caller caller, int startAt, int maxResults) {
        return done(world.waiting.mine(caller, startAt, maxResults));
    }

    private static List<String> keys(WaitingPage page) {
        return page.items().stream().map(i -> i.issue().issueKey() + ":" + i.step().action()).toList();
    }

    /** The index holds exactly what the rules derive from the stored record and the issue as it is now. */
    private void assertIndexInStep(long issueId) {
        IssueFacts facts = world.host.byId(issueId).orElseThrow();
        List<WaitingStep> expected = world.records.load(issueId)
                .map(r -> WaitingRules.of(r, facts, world.records.checkinCadenceDays(facts.projectId()),
                        world.clock.getZone()))
                .orElse(List.of());
        assertThat(world.index.of(issueId)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThat(world.waiting.mine(Caller.anonymous(), 0, 10)).isInstanceOf(Outcome.NotSignedIn.class);
        assertThat(world.waiting.countMine(Caller.anonymous())).isZero();
    }

    @Test
    void bad_paging_names_the_field() {
        assertThat(((Outcome.Invalid<?>) world.waiting.mine(BOB, -1, 10)).fields()).containsOnlyKeys("startAt");
        assertThat(((Outcome.Invalid<?>) world.waiting.mine(BOB, 0, 0)).fields()).containsOnlyKeys("maxResults");
        assertThat(((Outcome.Invalid<?>) world.waiting.mine(BOB, 0, WaitingService.MAX_PAGE + 1)).fields())
                .containsOnlyKeys("maxResults");
        assertThat(((Outcome.Invalid<?>) world.waiting.mine(BOB, -5, -5)).fields())
                .containsOnlyKeys("startAt", "maxResults");
        assertThat(world.waiting.mine(BOB, 0, WaitingService.MAX_PAGE)).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void pages_are_most_urgent_first_with_the_overdue_first_and_the_total() {
        String[] targets = {"2026-03-20", "2026-02-20", "2026-03-05", "2026-04-01", "2026-03-01"};
        for (int i = 0; i < targets.length; i++) {
            world.issue(i + 1, "bob");
            world.expect("carol", "ACC-" + (i + 1), targets[i]);
        }

        WaitingPage first = mine(BOB, 0, 2);
        WaitingPage rest = mine(BOB, 2, 10);

        assertThat(first.total()).isEqualTo(5);
        assertThat(rest.total()).isEqualTo(5);
        assertThat(keys(first)).containsExactly("ACC-2:ALIGN", "ACC-5:ALIGN");
        assertThat(keys(rest)).containsExactly("ACC-3:ALIGN", "ACC-1:ALIGN", "ACC-4:ALIGN");
        assertThat(first.items().get(0).step().isOverdue(world.clock.instant().atZone(world.clock.getZone())
                .toLocalDate())).isTrue();
        assertThat(mine(BOB, 5, 10).items()).isEmpty();
        assertThat(world.waiting.countMine(BOB)).isEqualTo(5);
        assertThat(mine(Caller.of("dave"), 0, 10).total()).isZero();
    }

    @Test
    void projects_the_caller_may_no_longer_browse_are_neither_listed_nor_counted() {
        world.issue(1, "bob");
        IssueFacts other = Fixtures.inProject(Fixtures.anIssue(2, "bob", "carol"), 20_000, "OPS");
        world.host.issue(other).editor(20_000, "bob", "carol");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.expect("carol", "OPS-2", "2026-03-20");
        assertThat(mine(BOB, 0, 10).total()).isEqualTo(2);

        world.host.revoke(20_000, "bob");

        WaitingPage page = mine(BOB, 0, 10);
        assertThat(keys(page)).containsExactly("ACC-1:ALIGN");
        assertThat(page.total()).isEqualTo(1);
        assertThat(world.waiting.countMine(BOB)).isEqualTo(1);
    }

    @Test
    void an_issue_hidden_from_the_caller_is_left_off_the_page() {
        world.issue(1, "bob");
        world.issue(2, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.expect("carol", "ACC-2", "2026-03-21");

        world.host.hide("ACC-1", "bob");

        assertThat(keys(mine(BOB, 0, 10))).containsExactly("ACC-2:ALIGN");
    }

    @Test
    void every_write_through_the_decorator_keeps_the_index_in_step() {
        world.issue(1, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");
        assertIndexInStep(1);
        assertThat(world.index.of(1)).extracting(WaitingStep::action).containsExactly(NextAction.ALIGN);
        world.concerns("dave", "ACC-1");
        assertIndexInStep(1);
        world.align("bob", "ACC-1");
        assertIndexInStep(1);
        world.declare("bob", "ACC-1", OwnershipRole.OWNER);
        assertIndexInStep(1);
        assertThat(world.index.of(1)).extracting(WaitingStep::action)
                .contains(NextAction.STATE_CONTROL, NextAction.ANSWER_CONCERN);
        world.stateControl("bob", "ACC-1");
        world.clock.advance(Duration.ofDays(3));
        world.checkIn("bob", "ACC-1");
        assertIndexInStep(1);
        world.host.resolve("ACC-1", world.clock.instant());
        world.waiting.refresh(List.of(1L));
        assertIndexInStep(1);
        assertThat(world.index.of(1)).extracting(WaitingStep::action).contains(NextAction.WRITE_RETROSPECTIVE);
        world.writeRetrospective("bob", "ACC-1");
        assertIndexInStep(1);
        assertThat(world.index.of(1)).extracting(WaitingStep::action)
                .containsExactlyInAnyOrder(NextAction.VERIFY, NextAction.ANSWER_CONCERN);
        world.verify("carol", "ACC-1");
        assertThat(world.index.of(1)).isEmpty();
    }

    @Test
    void a_reassignment_reported_by_the_host_moves_the_ask() {
        world.issue(1, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");

        world.host.reassign("ACC-1", "dave");
        world.waiting.refresh(List.of(1L));

        assertThat(world.index.of(1)).extracting(s -> s.user().value()).containsExactly("dave");
        assertThat(mine(BOB, 0, 10).total()).isZero();
    }

    @Test
    void a_new_check_in_cadence_moves_every_check_in_of_the_project() {
        world.issue(1, "bob");
        world.owned("ACC-1", "bob", "2026-03-20");
        assertThat(checkInDue(1)).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));

        done(world.policies.savePolicy(Caller.of("alice"), Fixtures.PROJECT_KEY,
                new PolicyInput(List.of(), List.of(), false, Optional.of(2)), 0));

        assertThat(checkInDue(1)).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
        assertIndexInStep(1);
    }

    private Instant checkInDue(long issueId) {
        return world.index.of(issueId).stream().filter(s -> s.action() == NextAction.CHECK_IN)
                .map(WaitingStep::since).findFirst().orElseThrow();
    }

    @Test
    void deleting_an_issue_or_a_project_removes_its_entries() {
        world.issue(1, "bob");
        world.issue(2, "bob");
        IssueFacts other = Fixtures.inProject(Fixtures.anIssue(3, "bob", "carol"), 20_000, "OPS");
        world.host.issue(other).editor(20_000, "bob", "carol");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.expect("carol", "ACC-2", "2026-03-20");
        world.expect("carol", "OPS-3", "2026-03-20");

        world.store.deleteIssue(1);
        assertThat(world.index.of(1)).isEmpty();
        assertThat(world.index.of(2)).isNotEmpty();

        world.store.deleteProject(Fixtures.PROJECT_ID);
        assertThat(world.index.of(2)).isEmpty();
        assertThat(world.index.projectsOf(UserKey.of("bob"))).containsExactly(20_000L);
    }

    @Test
    void a_moved_issue_is_listed_under_its_new_project() {
        world.issue(1, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");

        IssueFacts moved = Fixtures.inProject(world.host.byKey("ACC-1").orElseThrow(), 20_000, "OPS");
        world.host.remove("ACC-1").issue(moved);
        world.store.moveToProject(1, 20_000);

        assertThat(world.index.projectsOf(UserKey.of("bob"))).containsExactly(20_000L);
    }

    @Test
    void reconcile_repairs_an_index_that_missed_a_save() {
        world.issue(1, "bob");
        world.issue(2, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.expect("carol", "ACC-2", "2026-03-20");
        AccountabilityRecord stored = world.records.load(2).orElseThrow();
        // A crash between the record's transaction and its indexing: the plain store has the save, the index not.
        world.records.save(stored.withRevisions(List.of()), List.of());
        assertThat(world.index.of(2)).isNotEmpty();

        int indexed = world.waiting.reconcile();

        assertThat(indexed).isEqualTo(2);
        assertThat(world.index.of(2)).isEmpty();
        assertIndexInStep(1);
    }

    @Test
    void reconcile_of_an_index_in_step_writes_nothing() {
        world.issue(1, "bob");
        world.issue(2, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.expect("carol", "ACC-2", "2026-03-20");
        int writes = world.index.replaces();

        assertThat(world.waiting.reconcile()).isEqualTo(2);

        assertThat(world.index.replaces()).isEqualTo(writes);
        assertIndexInStep(1);
        assertIndexInStep(2);
    }

    @Test
    void records_inserted_in_bulk_are_indexed_too() {
        world.issue(1, "bob");
        AccountabilityRecord record = AccountabilityRecord.empty(1, Fixtures.PROJECT_ID)
                .withRevisions(List.of(new Expectation(1, "Outcome", "Why",
                        LocalDate.parse("2026-03-20"), "", UserKey.of("carol"), world.clock.instant())));

        world.store.insertFirstVersions(List.of(new RecordStore.FirstVersion(record, List.of())));

        assertThat(world.index.of(1)).extracting(WaitingStep::action).containsExactly(NextAction.ALIGN);
        assertIndexInStep(1);
    }

    @Test
    void reconcile_drops_the_entries_of_a_record_whose_deletion_the_index_missed() {
        world.issue(1, "bob");
        world.issue(2, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.expect("carol", "ACC-2", "2026-03-20");
        world.index.failNextWrites(1);
        world.store.deleteIssue(2);
        assertThat(world.index.of(2)).isNotEmpty();

        world.waiting.reconcile();

        assertThat(world.index.of(2)).isEmpty();
        assertIndexInStep(1);
    }

    @Test
    void on_issue_answers_for_the_viewer_only() {
        IssueFacts facts = world.issue(1, "bob");
        world.expect("carol", "ACC-1", "2026-03-20");
        world.concerns("dave", "ACC-1");
        AccountabilityRecord record = world.records.load(1).orElseThrow();

        assertThat(world.waiting.onIssue(BOB, facts, record)).extracting(WaitingStep::action)
                .containsExactly(NextAction.ALIGN);
        assertThat(world.waiting.onIssue(Caller.of("carol"), facts, record)).extracting(WaitingStep::action)
                .containsExactly(NextAction.ANSWER_CONCERN);
        assertThat(world.waiting.onIssue(Caller.of("dave"), facts, record)).isEmpty();
        assertThat(world.waiting.onIssue(Caller.anonymous(), facts, record)).isEmpty();
        world.host.hide("ACC-1", "bob");
        assertThat(world.waiting.onIssue(BOB, facts, record)).isEmpty();
    }

    @Test
    void a_write_the_store_committed_stands_when_the_index_fails_and_reconcile_catches_up() {
        world.issue(1, "bob");
        world.index.failNextWrites(1);

        world.expect("carol", "ACC-1", "2026-03-20");

        assertThat(world.records.load(1)).isPresent();
        assertThat(world.index.of(1)).isEmpty();
        world.waiting.reconcile();
        assertIndexInStep(1);
        assertThat(world.index.of(1)).isNotEmpty();
    }
}
