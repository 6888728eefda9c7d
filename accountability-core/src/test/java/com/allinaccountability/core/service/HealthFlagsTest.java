package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.service.Inputs.AlignmentInput;
import com.allinaccountability.core.service.Inputs.CheckInInput;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthFlagsTest extends ServiceFixture {

    private Set<HealthFlag> health() {
        return done(service.view(ALICE, KEY)).assessment().health();
    }

    @Test
    void an_untouched_issue_has_no_flags() {
        assertThat(health()).isEmpty();
    }

    @Test
    void why_missing() {
        done(service.setExpectation(ALICE, KEY, new ExpectationInput("Outcome", "", Optional.of(
                LocalDate.parse("2026-03-20")), ""), 0));

        assertThat(health()).contains(HealthFlag.WHY_MISSING);
    }

    @Test
    void alignment_pending_and_no_owner_right_after_the_expectation() {
        setExpectation(ALICE);

        assertThat(health()).containsExactlyInAnyOrder(HealthFlag.ALIGNMENT_PENDING, HealthFlag.NO_OWNER);
    }

    @Test
    void concerns_open() {
        setExpectation(ALICE);
        done(service.align(DAVE, KEY, new AlignmentInput(Optional.of(AlignmentState.CONCERNS), "Scope?",
                Optional.empty(), 1), version()));

        assertThat(health()).contains(HealthFlag.CONCERNS_OPEN);
    }

    @Test
    void owner_not_assignee() {
        setExpectation(ALICE);
        align(CAROL);
        declare(CAROL, OwnershipRole.OWNER);

        assertThat(health()).contains(HealthFlag.OWNER_NOT_ASSIGNEE).doesNotContain(HealthFlag.NO_OWNER);
    }

    @Test
    void a_healthy_owned_record_has_no_flags() {
        owned();

        assertThat(health()).isEmpty();
    }

    @Test
    void overdue_against_the_agreed_date_not_the_proposed_one() {
        setExpectation(ALICE);
        done(service.align(BOB, KEY, new AlignmentInput(Optional.of(AlignmentState.ALIGNED), "",
                Optional.of(LocalDate.parse("2026-03-27")), 1), version()));
        declare(BOB, OwnershipRole.OWNER);

        clock.advance(Duration.ofDays(20)); // 2026-03-22: past the target date, before the agreed date
        checkIn(BOB, CheckInStatus.ON_TRACK);
        assertThat(health()).doesNotContain(HealthFlag.OVERDUE);

        clock.advance(Duration.ofDays(6)); // 2026-03-28
        assertThat(health()).contains(HealthFlag.OVERDUE, HealthFlag.STATUS_CONTRADICTS_DATES);
        assertThat(done(service.view(ALICE, KEY)).assessment().performance().daysLate()).contains(1L);
    }

    @Test
    void retro_missing_when_resolved_without_a_retrospective() {
        owned();
        host.issue(Fixtures.resolved(issue(), Instant.parse("2026-03-10T12:00:00Z")));

        assertThat(health()).contains(HealthFlag.RETRO_MISSING);
        var performance = done(service.view(ALICE, KEY)).assessment().performance();
        assertThat(performance.onTime()).contains(true);
        assertThat(performance.daysLate()).contains(-10L);
        assertThat(performance.daysFromAlignmentToResolution()).contains(8L);
    }

    @Test
    void awaiting_verification_until_verified() {
        owned();
        writeRetrospective(BOB);
        assertThat(health()).contains(HealthFlag.AWAITING_VERIFICATION);

        verify(CAROL);
        assertThat(health()).doesNotContain(HealthFlag.AWAITING_VERIFICATION);
    }

    @Test
    void stale_checkin_after_the_project_cadence() {
        owned();
        clock.advance(Duration.ofDays(7));
        assertThat(health()).doesNotContain(HealthFlag.STALE_CHECKIN);

        clock.advance(Duration.ofDays(1));
        assertThat(health()).contains(HealthFlag.STALE_CHECKIN);

        checkIn(BOB, CheckInStatus.AT_RISK);
        assertThat(health()).doesNotContain(HealthFlag.STALE_CHECKIN);
    }

    @Test
    void status_contradicts_dates_when_on_track_with_a_forecast_past_the_agreed_date() {
        owned();
        done(service.checkIn(BOB, KEY, new CheckInInput(Optional.of(CheckInStatus.ON_TRACK), "fine",
                Optional.of(LocalDate.parse("2026-04-15"))), version()));

        assertThat(health()).contains(HealthFlag.STATUS_CONTRADICTS_DATES).doesNotContain(HealthFlag.OVERDUE);

        checkIn(BOB, CheckInStatus.AT_RISK);
        assertThat(health()).doesNotContain(HealthFlag.STATUS_CONTRADICTS_DATES);
    }
}
