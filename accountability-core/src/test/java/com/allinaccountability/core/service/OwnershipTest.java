package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.service.Inputs.OwnershipInput;
import com.allinaccountability.core.service.Inputs.WithdrawalInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnershipTest extends ServiceFixture {

    @Test
    void the_aligned_assignee_who_declares_ownership_makes_the_record_owned() {
        RecordView view = owned();

        assertThat(view.record().owner()).contains(BOB.user().get());
        assertThat(view.assessment().stage()).isEqualTo(Stage.OWNED);
    }

    @Test
    void there_is_exactly_one_active_owner() {
        owned();

        Outcome<RecordView> second = service.declareOwnership(CAROL, KEY,
                new OwnershipInput(Optional.of(OwnershipRole.OWNER), "Mine too"), version());

        assertThat(fieldErrors(second).get("role")).contains("bob is already the OWNER");
        assertThat(store.load(1).orElseThrow().activeDeclarations()).hasSize(1);
    }

    @Test
    void co_owners_and_one_sponsor_stand_beside_the_owner() {
        owned();
        declare(CAROL, OwnershipRole.CO_OWNER);
        declare(DAVE, OwnershipRole.CO_OWNER);
        RecordView view = declare(ALICE, OwnershipRole.SPONSOR);

        assertThat(view.record().activeDeclarations()).extracting(d -> d.role())
                .containsExactly(OwnershipRole.OWNER, OwnershipRole.CO_OWNER, OwnershipRole.CO_OWNER,
                        OwnershipRole.SPONSOR);
        assertThat(view.record().isOwnerOrCoOwner(CAROL.user().get())).isTrue();
        assertThat(view.record().isOwnerOrCoOwner(ALICE.user().get())).as("a sponsor is not a co-owner").isFalse();
    }

    @Test
    void a_declaration_is_always_the_callers_own() {
        setExpectation(ALICE);

        RecordView view = declare(CAROL, OwnershipRole.OWNER);

        assertThat(view.record().owner()).contains(CAROL.user().get());
    }

    @Test
    void a_withdrawal_needs_a_reason_and_stays_visible() {
        owned();

        Outcome<RecordView> noReason = service.withdrawOwnership(BOB, KEY,
                new WithdrawalInput(Optional.of(OwnershipRole.OWNER), ""), version());
        assertThat(noReason).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsKey("reason"));

        RecordView view = done(service.withdrawOwnership(BOB, KEY,
                new WithdrawalInput(Optional.of(OwnershipRole.OWNER), "Moved to the payments team"), version()));

        assertThat(view.record().owner()).isEmpty();
        assertThat(view.record().ownership()).singleElement().satisfies(d -> {
            assertThat(d.isActive()).isFalse();
            assertThat(d.withdrawReason()).isEqualTo("Moved to the payments team");
        });
        RecordView carolOwns = declare(CAROL, OwnershipRole.OWNER);
        assertThat(carolOwns.record().ownership()).hasSize(2);
    }

    @Test
    void nobody_withdraws_a_declaration_they_do_not_hold() {
        owned();

        Outcome<RecordView> outcome = service.withdrawOwnership(CAROL, KEY,
                new WithdrawalInput(Optional.of(OwnershipRole.OWNER), "Not bob's call"), version());

        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertThat(store.load(1).orElseThrow().owner()).contains(BOB.user().get());
    }

    @Test
    void ownership_needs_an_expectation_first() {
        Outcome<RecordView> outcome = service.declareOwnership(BOB, KEY,
                new OwnershipInput(Optional.of(OwnershipRole.OWNER), "Mine"), 0);

        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void a_user_holds_one_active_role_at_a_time() {
        owned();

        Outcome<RecordView> outcome = service.declareOwnership(BOB, KEY,
                new OwnershipInput(Optional.of(OwnershipRole.SPONSOR), "Also sponsor"), version());

        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void the_panel_offers_declaring_only_without_a_role_and_withdrawing_only_with_one() {
        RecordView owned = owned();

        assertThat(owned.permissions().declare()).as("bob's view: he already owns").isFalse();
        assertThat(owned.permissions().withdraw()).isTrue();
        RecordView carols = done(service.view(CAROL, KEY));
        assertThat(carols.permissions().declare()).isTrue();
        assertThat(carols.permissions().withdraw()).isFalse();
    }

    @Test
    void a_view_names_everyone_on_the_record_through_the_hosts_directory() {
        owned();
        AccountabilityService named = new AccountabilityService(store, host, host, clock,
                users -> users.stream().filter(u -> !u.value().equals("carol"))
                        .collect(java.util.stream.Collectors.toMap(u -> u, u -> u.value().toUpperCase())));

        RecordView view = done(named.view(DAVE, KEY));

        assertThat(view.people()).containsKeys(BOB.user().get());
        assertThat(view.displayName(BOB.user().get())).isEqualTo("BOB");
        assertThat(view.displayName(CAROL.user().get())).as("unknown to the host: shown by key").isEqualTo("carol");
    }
}
