package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.service.Inputs.ReopenInput;
import com.allinaccountability.core.service.Inputs.RetrospectiveInput;
import com.allinaccountability.core.service.Inputs.VerificationInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetrospectiveAndVerificationTest extends ServiceFixture {

    @Test
    void the_owner_or_a_co_owner_writes_the_retrospective_nobody_else() {
        owned();
        declare(CAROL, OwnershipRole.CO_OWNER);

        assertThat(service.writeRetrospective(DAVE, KEY, retro(), version())).isInstanceOf(Outcome.Forbidden.class);
        assertThat(service.writeRetrospective(ALICE, KEY, retro(), version())).isInstanceOf(Outcome.Forbidden.class);

        RecordView byCoOwner = writeRetrospective(CAROL);
        assertThat(byCoOwner.record().retrospective()).get()
                .satisfies(r -> assertThat(r.author().value()).isEqualTo("carol"));
        assertThat(byCoOwner.assessment().stage()).isEqualTo(Stage.RETROSPECTIVE_WRITTEN);
    }

    @Test
    void the_owner_cannot_verify_even_as_project_admin() {
        host.issue(com.allinaccountability.core.fixtures.Fixtures.anIssue(1, "alice", "carol"));
        setExpectation(CAROL);
        align(ALICE);
        declare(ALICE, OwnershipRole.OWNER);
        writeRetrospective(ALICE);

        Outcome<RecordView> outcome = service.verify(ALICE, KEY,
                new VerificationInput(Optional.of(true), ""), version());

        assertThat(outcome).isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.load(1).orElseThrow().verification()).isEmpty();
    }

    @Test
    void a_setter_who_was_owner_since_the_judged_revision_cannot_verify_even_after_withdrawing() {
        // carol sets the expectation and declares herself OWNER; bob co-owns and writes the retrospective.
        setExpectation(CAROL);
        align(CAROL);
        declare(CAROL, OwnershipRole.OWNER);
        align(BOB);
        declare(BOB, OwnershipRole.CO_OWNER);
        writeRetrospective(BOB);
        done(service.withdrawOwnership(CAROL, KEY, new Inputs.WithdrawalInput(Optional.of(OwnershipRole.OWNER),
                "Handing it over"), version()));

        Outcome<RecordView> bySetter = service.verify(CAROL, KEY, new VerificationInput(Optional.of(true), ""),
                version());

        assertThat(bySetter).isInstanceOf(Outcome.Forbidden.class);
        assertThat(store.load(1).orElseThrow().verification()).isEmpty();
        assertThat(done(service.view(CAROL, KEY)).permissions().verify()).as("nor is she offered to").isFalse();
        assertThat(service.verify(BOB, KEY, new VerificationInput(Optional.of(true), ""), version()))
                .as("nor the co-owner who wrote it").isInstanceOf(Outcome.Forbidden.class);
        RecordView byAdmin = verify(ALICE);
        assertThat(byAdmin.record().verification()).isPresent();
    }

    @Test
    void a_co_owner_who_withdrew_before_the_judged_revision_was_set_may_verify_as_setter() {
        setExpectation(CAROL);
        align(CAROL);
        declare(CAROL, OwnershipRole.CO_OWNER);
        clock.advance(java.time.Duration.ofHours(1));
        done(service.withdrawOwnership(CAROL, KEY, new Inputs.WithdrawalInput(Optional.of(OwnershipRole.CO_OWNER),
                "Not mine after all"), version()));
        clock.advance(java.time.Duration.ofHours(1));
        done(service.setExpectation(CAROL, KEY, expectation("A sharper outcome", "why", "2026-05-01"), version()));
        align(BOB);
        declare(BOB, OwnershipRole.OWNER);
        writeRetrospective(BOB);

        RecordView verified = verify(CAROL);

        assertThat(verified.record().verification()).isPresent();
    }

    @Test
    void the_sponsor_is_not_an_owner_and_may_verify_as_setter() {
        owned();
        declare(CAROL, OwnershipRole.SPONSOR);
        writeRetrospective(BOB);

        assertThat(verify(CAROL).record().verification()).isPresent();
    }

    @Test
    void the_setter_or_a_project_admin_verifies() {
        owned();
        writeRetrospective(BOB);

        assertThat(service.verify(DAVE, KEY, new VerificationInput(Optional.of(true), ""), version()))
                .as("dave neither set the expectation nor administers").isInstanceOf(Outcome.Forbidden.class);
        RecordView bySetter = verify(CAROL);
        assertThat(bySetter.assessment().stage()).isEqualTo(Stage.VERIFIED);

        done(service.reopen(ALICE, KEY, new ReopenInput("Numbers were from staging"), version()));
        RecordView byAdmin = verify(ALICE);
        assertThat(byAdmin.record().verification()).get()
                .satisfies(v -> assertThat(v.verifier().value()).isEqualTo("alice"));
    }

    @Test
    void disagreeing_needs_a_note() {
        owned();
        writeRetrospective(BOB);

        Outcome<RecordView> outcome = service.verify(CAROL, KEY,
                new VerificationInput(Optional.of(false), ""), version());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsKey("note"));
    }

    @Test
    void verification_locks_the_record() {
        owned();
        writeRetrospective(BOB);
        RecordView verified = verify(CAROL);
        long lockedVersion = verified.record().version();

        assertThat(verified.record().locked()).isTrue();
        assertThat(verified.permissions().setExpectation()).isFalse();
        assertThat(service.setExpectation(CAROL, KEY, expectation("Changed", "why", "2026-05-01"), lockedVersion))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(service.writeRetrospective(BOB, KEY, retro(), lockedVersion)).isInstanceOf(Outcome.Invalid.class);
        assertThat(service.checkIn(BOB, KEY, new Inputs.CheckInInput(Optional.of(CheckInStatus.ON_TRACK), "",
                Optional.empty()), lockedVersion)).isInstanceOf(Outcome.Invalid.class);
        assertThat(version()).isEqualTo(lockedVersion);
    }

    @Test
    void reopening_needs_a_reason_and_is_history() {
        owned();
        writeRetrospective(BOB);
        verify(CAROL);

        assertThat(service.reopen(CAROL, KEY, new ReopenInput(" "), version())).isInstanceOf(Outcome.Invalid.class);
        assertThat(service.reopen(BOB, KEY, new ReopenInput("I disagree"), version()))
                .as("the owner never reopens").isInstanceOf(Outcome.Forbidden.class);

        RecordView reopened = done(service.reopen(CAROL, KEY, new ReopenInput("Evidence was incomplete"),
                version()));

        assertThat(reopened.record().locked()).isFalse();
        assertThat(reopened.assessment().stage()).isEqualTo(Stage.RETROSPECTIVE_WRITTEN);
        assertThat(store.history(1, 0, 2)).extracting(e -> e.field()).containsExactly("reopen", "verification");
        assertThat(store.history(1, 0, 2)).anySatisfy(e -> assertThat(e.to()).isEqualTo("Evidence was incomplete"));
    }

    @Test
    void reopening_an_unverified_record_is_refused() {
        owned();

        assertThat(service.reopen(CAROL, KEY, new ReopenInput("why not"), version()))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void the_retrospective_is_judged_against_the_revision_the_owner_aligned_to() {
        owned();
        done(service.setExpectation(CAROL, KEY, expectation("A bigger outcome", "why", "2026-03-20"), version()));

        RecordView view = writeRetrospective(BOB);

        assertThat(view.record().currentRevision()).isEqualTo(2);
        assertThat(view.record().retrospective().orElseThrow().judgedRevision()).isEqualTo(1);
        assertThat(view.record().revision(1)).get()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("Checkout p95 under 300 ms"));
    }

    @Test
    void there_is_nothing_to_verify_without_a_retrospective() {
        owned();

        assertThat(service.verify(CAROL, KEY, new VerificationInput(Optional.of(true), ""), version()))
                .isInstanceOf(Outcome.Invalid.class);
    }

    private static RetrospectiveInput retro() {
        return new RetrospectiveInput(Optional.of(RetrospectiveResult.PARTIALLY_MET), "evidence", "", "", "", "");
    }
}
