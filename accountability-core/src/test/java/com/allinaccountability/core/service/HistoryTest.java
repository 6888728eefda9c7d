package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.OwnershipRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HistoryTest extends ServiceFixture {

    @Test
    void every_change_is_an_event_with_who_when_old_and_new() {
        setExpectation(ALICE);
        clock.advance(Duration.ofMinutes(5));
        done(service.setExpectation(CAROL, KEY,
                expectation("Checkout p95 under 250 ms", "Customers abandon slow carts", "2026-03-20"), version()));

        HistoryPage page = done(service.history(DAVE, KEY, 0, 50));

        assertThat(page.total()).isEqualTo(page.events().size());
        HistoryEvent newest = page.events().get(0);
        assertThat(page.events()).filteredOn(e -> e.field().equals("expectation.outcome")).first()
                .satisfies(e -> {
                    assertThat(e.user().value()).isEqualTo("carol");
                    assertThat(e.from()).isEqualTo("Checkout p95 under 300 ms");
                    assertThat(e.to()).isEqualTo("Checkout p95 under 250 ms");
                });
        assertThat(newest.at()).isAfter(page.events().get(page.events().size() - 1).at());
    }

    @Test
    void history_pages_newest_first() {
        owned();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            checkIn(BOB, com.allinaccountability.core.model.CheckInStatus.ON_TRACK);
        }
        HistoryPage first = done(service.history(ALICE, KEY, 0, 3));
        HistoryPage second = done(service.history(ALICE, KEY, 3, 3));

        assertThat(first.events()).hasSize(3).allSatisfy(e -> assertThat(e.field()).isEqualTo("checkin"));
        assertThat(first.isLast()).isFalse();
        assertThat(second.events().get(0).at()).isBeforeOrEqualTo(first.events().get(2).at());
    }

    @Test
    void paging_out_of_range_is_refused() {
        assertThat(service.history(ALICE, KEY, -1, 0)).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("startAt", "maxResults"));
    }

    @Test
    void withdrawals_and_declarations_are_history() {
        owned();
        done(service.withdrawOwnership(BOB, KEY, new Inputs.WithdrawalInput(java.util.Optional.of(
                OwnershipRole.OWNER), "Leaving"), version()));

        assertThat(done(service.history(ALICE, KEY, 0, 2)).events()).extracting(HistoryEvent::field)
                .as("newest first: within one change, the last event recorded comes first")
                .containsExactly("ownership.withdrawReason", "ownership.OWNER");
    }
}
