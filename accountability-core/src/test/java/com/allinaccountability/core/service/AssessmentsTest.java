package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Inputs.CheckInInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The issue list's assessments: the panel's stage and flags for a whole page, for what the caller may see only. */
class AssessmentsTest extends ServiceFixture {

    private final IssueFacts second = Fixtures.anIssue(2, "carol", "alice");
    private final IssueFacts hidden = new IssueFacts(3, "SEC-3", 20_000, "SEC", "Story", "Secret", "To Do",
            StatusCategory.NEW, Optional.of(UserKey.of("bob")), Optional.empty(), Optional.empty(),
            Instant.parse("2026-01-05T09:00:00Z"), Optional.empty(), Optional.empty(), Optional.empty());

    AssessmentsTest() {
        host.issue(second).issue(hidden).browser(20_000, "alice");
    }

    @Test
    void eachIssueGetsTheAssessmentItsPanelShows() {
        setExpectation(ALICE);
        align(BOB);
        declare(BOB, OwnershipRole.OWNER);
        done(service.checkIn(BOB, KEY, new CheckInInput(Optional.of(CheckInStatus.ON_TRACK), "Going",
                Optional.empty()), version()));
        done(policies.savePolicy(ALICE, "ACC", new Inputs.PolicyInput(List.of(), List.of(), false, Optional.of(2)),
                0));
        clock.advance(Duration.ofDays(3));

        Map<Long, Assessment> assessments = service.assessments(ALICE, List.of(issue(), second, hidden));

        assertThat(assessments.get(1L)).isEqualTo(done(service.view(ALICE, KEY)).assessment());
        assertThat(assessments.get(1L).health()).as("cadence of 2 days from the project's policy")
                .contains(HealthFlag.STALE_CHECKIN);
        assertThat(assessments.get(2L)).isEqualTo(done(service.view(ALICE, "ACC-2")).assessment());
        assertThat(assessments).containsOnlyKeys(1L, 2L, 3L);
    }

    @Test
    void issuesTheCallerMayNotBrowseAreLeftOut() {
        setExpectation(ALICE);

        assertThat(service.assessments(BOB, List.of(issue(), second, hidden))).containsOnlyKeys(1L, 2L);
        assertThat(service.assessments(ERIN, List.of(issue(), second, hidden))).isEmpty();
        assertThat(service.assessments(Caller.anonymous(), List.of(issue()))).isEmpty();
    }

    @Test
    void anIssueWithoutARecordHasTheEmptyAssessment() {
        Assessment untouched = service.assessments(DAVE, List.of(second)).get(2L);

        assertThat(untouched.stage()).isEqualTo(Stage.NONE);
        assertThat(untouched.health()).isEqualTo(Set.of());
    }
}
