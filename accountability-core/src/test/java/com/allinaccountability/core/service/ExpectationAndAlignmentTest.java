package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Inputs.AlignmentInput;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationAndAlignmentTest extends ServiceFixture {

    @Test
    void a_lead_sets_the_expectation_as_revision_one() {
        RecordView view = setExpectation(ALICE);

        assertThat(view.record().expectation()).get().satisfies(e -> {
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.setBy().value()).isEqualTo("alice");
            assertThat(e.goalLink()).isEqualTo("EPIC-1");
        });
        assertThat(view.record().version()).isEqualTo(1);
        assertThat(view.assessment().stage()).isEqualTo(Stage.EXPECTATION_SET);
    }

    @Test
    void a_new_revision_puts_every_alignment_back_to_pending() {
        setExpectation(ALICE);
        align(BOB);
        align(DAVE);
        clock.advance(Duration.ofHours(1));

        RecordView revised = done(service.setExpectation(ALICE, KEY,
                expectation("Checkout p95 under 250 ms", "Customers abandon slow carts", "2026-03-20"), version()));

        assertThat(revised.record().currentRevision()).isEqualTo(2);
        assertThat(revised.record().revisions()).hasSize(2);
        assertThat(revised.record().currentAlignmentOf(BOB.user().get())).isEmpty();
        assertThat(revised.record().currentAlignmentOf(DAVE.user().get())).isEmpty();
        assertThat(revised.record().alignmentOf(BOB.user().get())).get()
                .satisfies(a -> assertThat(a.revision()).isEqualTo(1));
        assertThat(revised.assessment().stage()).isEqualTo(Stage.EXPECTATION_SET);
    }

    @Test
    void changing_the_target_date_or_the_why_also_makes_a_new_revision() {
        setExpectation(ALICE);
        done(service.setExpectation(ALICE, KEY,
                expectation("Checkout p95 under 300 ms", "Customers abandon slow carts", "2026-03-27"), version()));
        done(service.setExpectation(ALICE, KEY,
                expectation("Checkout p95 under 300 ms", "Conversion is down 4%", "2026-03-27"), version()));

        assertThat(revision()).isEqualTo(3);
    }

    @Test
    void changing_only_the_goal_link_keeps_the_revision_and_the_alignments() {
        setExpectation(ALICE);
        align(BOB);

        RecordView view = done(service.setExpectation(ALICE, KEY, new ExpectationInput("Checkout p95 under 300 ms",
                "Customers abandon slow carts", Optional.of(LocalDate.parse("2026-03-20")), "GOAL-7"), version()));

        assertThat(view.record().currentRevision()).isEqualTo(1);
        assertThat(view.record().expectation().orElseThrow().goalLink()).isEqualTo("GOAL-7");
        assertThat(view.record().currentAlignmentOf(BOB.user().get())).isPresent();
    }

    @Test
    void an_unchanged_expectation_is_refused_as_nothing_to_do() {
        setExpectation(ALICE);

        Outcome<RecordView> again = service.setExpectation(ALICE, KEY,
                expectation("Checkout p95 under 300 ms", "Customers abandon slow carts", "2026-03-20"), version());

        assertThat(again).isInstanceOf(Outcome.Invalid.class);
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void concerns_need_a_comment() {
        setExpectation(ALICE);

        Outcome<RecordView> outcome = service.align(BOB, KEY,
                new AlignmentInput(Optional.of(AlignmentState.CONCERNS), "  ", Optional.empty(), 1), version());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsKey("comment"));
        assertThat(store.load(1).orElseThrow().alignments()).isEmpty();
    }

    @Test
    void concerns_with_a_comment_and_a_counter_proposed_date_are_recorded() {
        setExpectation(ALICE);

        RecordView view = done(service.align(BOB, KEY, new AlignmentInput(Optional.of(AlignmentState.CONCERNS),
                "Needs the DBA", Optional.of(LocalDate.parse("2026-03-27")), 1), version()));

        assertThat(view.record().currentAlignmentOf(BOB.user().get())).get().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlignmentState.CONCERNS);
            assertThat(a.proposedDate()).contains(LocalDate.parse("2026-03-27"));
        });
    }

    @Test
    void aligning_to_a_revision_that_is_no_longer_current_is_a_conflict() {
        setExpectation(ALICE);
        done(service.setExpectation(ALICE, KEY, expectation("Other", "Why", "2026-04-01"), version()));

        Outcome<RecordView> outcome = service.align(BOB, KEY,
                new AlignmentInput(Optional.of(AlignmentState.ALIGNED), "", Optional.empty(), 1), version());

        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void an_alignment_is_always_the_callers_own() {
        setExpectation(ALICE);

        RecordView view = align(DAVE);

        assertThat(view.record().alignments()).singleElement()
                .satisfies(a -> assertThat(a.user().value()).isEqualTo("dave"));
        assertThat(view.record().currentAlignmentOf(BOB.user().get())).isEmpty();
    }

    @Test
    void the_owner_can_align_again_and_replaces_their_earlier_alignment() {
        setExpectation(ALICE);
        done(service.align(BOB, KEY, new AlignmentInput(Optional.of(AlignmentState.CONCERNS), "Too soon",
                Optional.empty(), 1), version()));

        RecordView view = align(BOB);

        assertThat(view.record().alignments()).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(AlignmentState.ALIGNED));
        assertThat(view.assessment().stage()).isEqualTo(Stage.ALIGNED);
    }

    @Test
    void only_editors_or_the_reporter_set_the_expectation() {
        host.issue(Fixtures.anIssue(1, "bob", "dave"));

        assertThat(service.setExpectation(ERIN, KEY, expectation("x", "", "2026-03-20"), 0))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(service.setExpectation(Caller.anonymous(), KEY, expectation("x", "", "2026-03-20"), 0))
                .isInstanceOf(Outcome.NotSignedIn.class);
        assertThat(service.setExpectation(DAVE, KEY, expectation("x", "", "2026-03-20"), 0))
                .as("dave only browses, but he reported the issue").isInstanceOf(Outcome.Done.class);

        host.issue(Fixtures.anIssue(1, "bob", "carol"));
        host.browser(Fixtures.PROJECT_ID, "frank");
        assertThat(service.setExpectation(Caller.of("frank"), KEY, expectation("y", "", "2026-03-20"), 1))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(revision()).isEqualTo(1);
    }

    @Test
    void users_who_may_not_browse_see_nothing() {
        setExpectation(ALICE);

        assertThat(service.view(ERIN, KEY)).isInstanceOf(Outcome.NotFound.class);
        assertThat(service.view(Caller.anonymous(), KEY)).isInstanceOf(Outcome.NotFound.class);
        assertThat(service.history(ERIN, KEY, 0, 10)).isInstanceOf(Outcome.NotFound.class);
        assertThat(service.view(ALICE, "NOPE-1")).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void the_expectation_needs_an_outcome_and_a_target_date() {
        Outcome<RecordView> outcome = service.setExpectation(ALICE, KEY,
                new ExpectationInput(" ", "", Optional.empty(), ""), 0);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("outcome", "targetDate"));
        assertThat(store.load(1)).isEmpty();
    }
}
