package com.allinaccountability.core.waiting;

import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.rules.WaitingRules;

import static com.allinaccountability.core.model.NextAction.ALIGN;
import static com.allinaccountability.core.model.NextAction.ANSWER_CONCERN;
import static com.allinaccountability.core.model.NextAction.CHECK_IN;
import static com.allinaccountability.core.model.NextAction.DECLARE_OWNERSHIP;
import static com.allinaccountability.core.model.NextAction.STATE_CONTROL;
import static com.allinaccountability.core.model.NextAction.VERIFY;
import static com.allinaccountability.core.waiting.Records.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.rules.Assessor;
import com.allinaccountability.core.rules.WriteRights;
import com.allinaccountability.core.rules.WriteStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The table in {@link WaitingRules}' javadoc, row by row, on crafted records: each action appears exactly while the
 * table says, for exactly the person it names, with the dates it names. Issue 1 is assigned to bob and reported by
 * carol, who sets the expectation unless a test says otherwise.
 */
class WaitingRulesTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final int CADENCE = 7;
    private static final String SET = "2026-03-02T10:00:00Z";
    private static final String TARGET = "2026-03-20";
    private static final IssueFacts ISSUE = Fixtures.anIssue(1, "bob", "carol");

    static List<WaitingStep> steps(AccountabilityRecord record, IssueFacts facts) {
        return WaitingRules.of(record, facts, CADENCE, UTC);
    }

    static List<String> summary(List<WaitingStep> steps) {
        return steps.stream().map(s -> s.user() + ":" + s.action()).toList();
    }

    static Records set() {
        return Records.issue(1).expectation("carol", SET, TARGET);
    }

    /** Expectation by carol, bob aligned and owns it. */
    static Records owned() {
        return set().aligned("bob", 1, "2026-03-02T11:00:00Z").declared("bob", OwnershipRole.OWNER,
                "2026-03-02T12:00:00Z");
    }

    static WaitingStep only(List<WaitingStep> steps, String user, NextAction action) {
        List<WaitingStep> found = steps.stream()
                .filter(s -> s.user().equals(UserKey.of(user)) && s.action() == action).toList();
        assertThat(found).as(user + ":" + action + " in " + summary(steps)).hasSize(1);
        return found.get(0);
    }

    @Test
    void nothing_waits_before_an_expectation_is_set() {
        assertThat(steps(Records.issue(1).build(), ISSUE)).isEmpty();
    }

    @Nested
    class Align {
        @Test
        void the_assignee_is_asked_to_align_since_the_revision_was_set_and_nobody_else_is() {
            List<WaitingStep> steps = steps(set().build(), ISSUE);

            assertThat(summary(steps)).containsExactly("bob:ALIGN");
            assertThat(steps.get(0).since()).isEqualTo(at(SET));
            assertThat(steps.get(0).issueId()).isEqualTo(1);
            assertThat(steps.get(0).projectId()).isEqualTo(Fixtures.PROJECT_ID);
        }

        @Test
        void an_unassigned_issue_without_owner_asks_nobody_to_align() {
            assertThat(steps(set().build(), Fixtures.assignedTo(ISSUE, null))).isEmpty();
        }

        @Test
        void the_owner_rather_than_the_assignee_and_active_co_owners_are_asked() {
            AccountabilityRecord record = set()
                    .declared("dave", OwnershipRole.OWNER, "2026-03-02T11:00:00Z")
                    .declared("erin", OwnershipRole.CO_OWNER, "2026-03-02T11:00:00Z")
                    .withdrawn("alice", OwnershipRole.CO_OWNER, "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z")
                    .declared("frank", OwnershipRole.SPONSOR, "2026-03-02T11:00:00Z")
                    .build();

            assertThat(summary(steps(record, ISSUE)).stream().filter(s -> s.endsWith(":ALIGN")))
                    .containsExactlyInAnyOrder("dave:ALIGN", "erin:ALIGN");
        }

        @Test
        void a_new_revision_asks_everyone_who_aligned_or_concerned_on_an_earlier_one_again_since_it_was_set() {
            AccountabilityRecord record = set()
                    .aligned("bob", 1, "2026-03-02T11:00:00Z")
                    .concerns("dave", 1, "2026-03-02T11:30:00Z")
                    .expectation("carol", "2026-03-04T09:00:00Z", "2026-03-27")
                    .build();

            List<WaitingStep> steps = steps(record, ISSUE);

            assertThat(summary(steps)).containsExactlyInAnyOrder("bob:ALIGN", "dave:ALIGN");
            assertThat(steps).allSatisfy(s -> assertThat(s.since()).isEqualTo(at("2026-03-04T09:00:00Z")));
            assertThat(steps).allSatisfy(s -> assertThat(s.targetDate()).contains(LocalDate.parse("2026-03-27")));
        }

        @Test
        void an_alignment_on_the_current_revision_ends_the_ask() {
            assertThat(summary(steps(set().aligned("bob", 1, "2026-03-02T11:00:00Z").build(), ISSUE)))
                    .doesNotContain("bob:ALIGN");
        }

        @Test
        void a_resolved_issue_or_a_written_retrospective_asks_nobody_to_align() {
            AccountabilityRecord pending = set().expectation("carol", "2026-03-04T09:00:00Z", "2026-03-27")
                    .aligned("dave", 1, "2026-03-02T11:00:00Z").build();
            IssueFacts resolved = Fixtures.resolved(ISSUE, at("2026-03-05T00:00:00Z"));

            assertThat(summary(steps(pending, resolved))).noneMatch(s -> s.endsWith(":ALIGN"));
            AccountabilityRecord withRetro = set().declared("bob", OwnershipRole.OWNER, "2026-03-02T11:00:00Z")
                    .retrospective("bob", "2026-03-05T00:00:00Z", 1).build();
            assertThat(summary(steps(withRetro, ISSUE))).noneMatch(s -> s.endsWith(":ALIGN"));
        }
    }

    @Nested
    class AnswerConcern {
        @Test
        void concerns_on_the_current_revision_ask_the_setter_since_the_earliest_concern() {
            AccountabilityRecord record = set()
                    .concerns("bob", 1, "2026-03-03T09:00:00Z")
                    .concerns("dave", 1, "2026-03-02T15:00:00Z")
                    .build();

            List<WaitingStep> steps = steps(record, ISSUE);

            assertThat(summary(steps)).containsExactly("carol:ANSWER_CONCERN");
            assertThat(steps.get(0).since()).isEqualTo(at("2026-03-02T15:00:00Z"));
        }

        @Test
        void the_concerned_user_is_not_asked_to_align_nor_to_answer() {
            List<WaitingStep> steps = steps(set().concerns("bob", 1, "2026-03-03T09:00:00Z").build(), ISSUE);

            assertThat(steps).noneMatch(s -> s.user().equals(UserKey.of("bob")));
        }

        @Test
        void a_setter_who_concerned_themselves_is_asked_nothing() {
            List<WaitingStep> steps = steps(set().concerns("carol", 1, "2026-03-03T09:00:00Z").build(), ISSUE);

            assertThat(steps).noneMatch(s -> s.user().equals(UserKey.of("carol")));
            assertThat(summary(steps)).containsExactly("bob:ALIGN");
        }

        @Test
        void concerns_on_an_earlier_revision_ask_the_setter_nothing_and_the_setter_is_the_current_ones() {
            AccountabilityRecord stale = set().concerns("bob", 1, "2026-03-03T09:00:00Z")
                    .expectation("alice", "2026-03-04T09:00:00Z", TARGET).build();
            assertThat(summary(steps(stale, ISSUE))).containsExactly("bob:ALIGN");

            AccountabilityRecord current = set().expectation("alice", "2026-03-04T09:00:00Z", TARGET)
                    .concerns("bob", 2, "2026-03-05T09:00:00Z").build();
            assertThat(summary(steps(current, ISSUE))).containsExactly("alice:ANSWER_CONCERN");
        }

        @Test
        void concerns_stay_to_answer_after_resolution_but_not_once_verified() {
            Records record = set().concerns("dave", 1, "2026-03-03T09:00:00Z")
                    .aligned("bob", 1, "2026-03-03T10:00:00Z")
                    .declared("bob", OwnershipRole.OWNER, "2026-03-03T11:00:00Z")
                    .retrospective("bob", "2026-03-06T09:00:00Z", 1);
            IssueFacts resolved = Fixtures.resolved(ISSUE, at("2026-03-05T00:00:00Z"));

            assertThat(summary(steps(record.build(), resolved))).contains("carol:ANSWER_CONCERN");
            assertThat(steps(record.verified("carol", "2026-03-07T00:00:00Z").build(), resolved)).isEmpty();
        }
    }

    @Nested
    class DeclareOwnership {
        @Test
        void the_assignee_who_aligned_is_asked_to_declare_since_their_alignment() {
            List<WaitingStep> steps = steps(set().aligned("bob", 1, "2026-03-02T11:00:00Z").build(), ISSUE);

            assertThat(summary(steps)).containsExactly("bob:DECLARE_OWNERSHIP");
            assertThat(steps.get(0).since()).isEqualTo(at("2026-03-02T11:00:00Z"));
        }

        @Test
        void not_before_the_assignee_aligned_nor_for_others_who_aligned_nor_with_concerns() {
            assertThat(summary(steps(set().aligned("dave", 1, "2026-03-02T11:00:00Z").build(), ISSUE)))
                    .containsExactly("bob:ALIGN");
            assertThat(summary(steps(set().concerns("bob", 1, "2026-03-02T11:00:00Z").build(), ISSUE)))
                    .doesNotContain("bob:DECLARE_OWNERSHIP");
        }

        @Test
        void not_once_someone_owns_it_nor_once_resolved() {
            AccountabilityRecord ownedByDave = set().aligned("bob", 1, "2026-03-02T11:00:00Z")
                    .declared("dave", OwnershipRole.OWNER, "2026-03-02T12:00:00Z").build();
            assertThat(summary(steps(ownedByDave, ISSUE))).doesNotContain("bob:DECLARE_OWNERSHIP");

            AccountabilityRecord aligned = set().aligned("bob", 1, "2026-03-02T11:00:00Z").build();
            assertThat(summary(steps(aligned, Fixtures.resolved(ISSUE, at("2026-03-05T00:00:00Z")))))
                    .doesNotContain("bob:DECLARE_OWNERSHIP");
        }
    }

    @Nested
    class StateControl {
        @Test
        void the_owner_is_asked_since_their_declaration_until_control_is_stated() {
            List<WaitingStep> steps = steps(owned().build(), ISSUE);

            assertThat(only(steps, "bob", STATE_CONTROL).since()).isEqualTo(at("2026-03-02T12:00:00Z"));
            assertThat(summary(steps(owned().control("bob", "2026-03-02T13:00:00Z").build(), ISSUE)))
                    .doesNotContain("bob:STATE_CONTROL");
        }

        @Test
        void the_owner_is_asked_even_before_aligning_but_co_owners_never() {
            AccountabilityRecord record = set().declared("dave", OwnershipRole.OWNER, "2026-03-02T12:00:00Z")
                    .declared("erin", OwnershipRole.CO_OWNER, "2026-03-02T12:00:00Z").build();

            assertThat(summary(steps(record, ISSUE)))
                    .containsExactlyInAnyOrder("dave:ALIGN", "erin:ALIGN", "dave:STATE_CONTROL");
        }
    }

    @Nested
    class CheckIn {
        @Test
        void falls_due_at_the_start_of_the_day_after_the_cadence_ran_out_from_the_alignment() {
            AccountabilityRecord record = owned().control("bob", "2026-03-02T13:00:00Z").build();

            WaitingStep checkIn = only(steps(record, ISSUE), "bob", CHECK_IN);

            assertThat(checkIn.since()).isEqualTo(at("2026-03-10T00:00:00Z"));
            assertThat(checkIn.isOpen(at("2026-03-09T23:59:59Z"))).isFalse();
            assertThat(checkIn.isOpen(at("2026-03-10T00:00:00Z"))).isTrue();
            assertThat(WaitingRules.forUser(record, ISSUE, CADENCE, UTC, UserKey.of("bob"),
                    at("2026-03-09T23:59:59Z"))).isEmpty();
            assertThat(summary(WaitingRules.forUser(record, ISSUE, CADENCE, UTC, UserKey.of("bob"),
                    at("2026-03-10T00:00:00Z")))).containsExactly("bob:CHECK_IN");
        }

        @Test
        void the_last_check_in_restarts_the_cadence() {
            AccountabilityRecord record = owned().control("bob", "2026-03-02T13:00:00Z")
                    .checkIn("bob", "2026-03-05T18:00:00Z").build();

            assertThat(only(steps(record, ISSUE), "bob", CHECK_IN).since()).isEqualTo(at("2026-03-13T00:00:00Z"));
        }

        @Test
        void days_are_the_zones_and_match_the_stale_checkin_flag() {
            // 02:00 UTC on 3 March is still 2 March in New York; clocks there go forward on 8 March (UTC-4 after).
            ZoneId newYork = ZoneId.of("America/New_York");
            AccountabilityRecord record = set().aligned("bob", 1, "2026-03-03T02:00:00Z")
                    .declared("bob", OwnershipRole.OWNER, "2026-03-03T02:30:00Z").build();

            WaitingStep checkIn = WaitingRules.of(record, ISSUE, CADENCE, newYork).stream()
                    .filter(s -> s.action() == CHECK_IN).findFirst().orElseThrow();

            assertThat(checkIn.since()).isEqualTo(at("2026-03-10T04:00:00Z"));
            Assessor assessor = new Assessor(newYork);
            assertThat(assessor.assess(record, ISSUE, CADENCE, checkIn.since().minusSeconds(1)).health())
                    .doesNotContain(HealthFlag.STALE_CHECKIN);
            assertThat(assessor.assess(record, ISSUE, CADENCE, checkIn.since()).health())
                    .contains(HealthFlag.STALE_CHECKIN);
        }

        @Test
        void not_while_the_owner_has_not_aligned_with_the_current_revision() {
            AccountabilityRecord record = owned().expectation("carol", "2026-03-04T09:00:00Z", TARGET).build();

            assertThat(summary(steps(record, ISSUE))).doesNotContain("bob:CHECK_IN").contains("bob:ALIGN");
        }
    }

    @Nested
    class Resolved {
        @Test
        void a_resolved_issue_asks_the_owner_for_the_retrospective_since_the_resolution_and_nothing_else() {
            AccountabilityRecord record = owned().expectation("carol", "2026-03-04T09:00:00Z", TARGET)
                    .declared("erin", OwnershipRole.CO_OWNER, "2026-03-04T10:00:00Z").build();
            Instant resolvedAt = at("2026-03-25T16:00:00Z");

            List<WaitingStep> steps = steps(record, Fixtures.resolved(ISSUE, resolvedAt));

            assertThat(summary(steps)).containsExactly("bob:WRITE_RETROSPECTIVE");
            assertThat(steps.get(0).since()).isEqualTo(resolvedAt);
        }

        @Test
        void no_retrospective_is_asked_once_written_nor_of_nobody() {
            IssueFacts resolved = Fixtures.resolved(ISSUE, at("2026-03-25T16:00:00Z"));
            assertThat(summary(steps(set().aligned("bob", 1, "2026-03-02T11:00:00Z").build(), resolved))).isEmpty();
            assertThat(summary(steps(owned().retrospective("bob", "2026-03-26T09:00:00Z", 1).build(), resolved)))
                    .containsExactly("carol:VERIFY");
        }
    }

    @Nested
    class Verify {
        @Test
        void the_setter_is_asked_since_the_retrospective() {
            List<WaitingStep> steps = steps(owned().retrospective("bob", "2026-03-26T09:00:00Z", 1).build(), ISSUE);

            assertThat(summary(steps)).containsExactly("carol:VERIFY");
            assertThat(steps.get(0).since()).isEqualTo(at("2026-03-26T09:00:00Z"));
        }

        @Test
        void the_owner_who_set_the_expectation_is_never_asked() {
            AccountabilityRecord record = Records.issue(1).expectation("bob", SET, TARGET)
                    .aligned("bob", 1, "2026-03-02T11:00:00Z").declared("bob", OwnershipRole.OWNER, SET)
                    .retrospective("bob", "2026-03-26T09:00:00Z", 1).build();

            assertThat(steps(record, ISSUE)).isEmpty();
        }

        @Test
        void a_setter_who_was_co_owner_after_the_revision_was_set_is_never_asked_even_after_withdrawing() {
            AccountabilityRecord record = owned()
                    .withdrawn("carol", OwnershipRole.CO_OWNER, "2026-03-03T09:00:00Z", "2026-03-04T09:00:00Z")
                    .retrospective("bob", "2026-03-26T09:00:00Z", 1).build();

            assertThat(steps(record, ISSUE)).isEmpty();
        }

        @Test
        void a_setter_who_withdrew_as_co_owner_before_the_judged_revision_was_set_is_asked() {
            AccountabilityRecord record = Records.issue(1).expectation("carol", "2026-03-01T10:00:00Z", TARGET)
                    .withdrawn("carol", OwnershipRole.CO_OWNER, "2026-03-01T11:00:00Z", "2026-03-01T12:00:00Z")
                    .expectation("carol", SET, "2026-03-27")
                    .aligned("bob", 2, "2026-03-02T11:00:00Z").declared("bob", OwnershipRole.OWNER, SET)
                    .retrospective("bob", "2026-03-26T09:00:00Z", 2).build();

            assertThat(summary(steps(record, ISSUE))).containsExactly("carol:VERIFY");
        }

        @Test
        void the_retrospectives_author_is_never_asked() {
            AccountabilityRecord record = owned().retrospective("carol", "2026-03-26T09:00:00Z", 1).build();

            assertThat(steps(record, ISSUE)).isEmpty();
        }

        @Test
        void a_sponsor_who_set_the_expectation_is_asked() {
            AccountabilityRecord record = owned().declared("carol", OwnershipRole.SPONSOR, "2026-03-02T12:00:00Z")
                    .retrospective("bob", "2026-03-26T09:00:00Z", 1).build();

            assertThat(summary(steps(record, ISSUE))).containsExactly("carol:VERIFY");
        }

        @Test
        void the_person_asked_is_one_the_verification_rights_accept() {
            // carol set revision 1, which bob aligned to and judged his retrospective against; alice then revised
            // the expectation. WriteRights lets the current setter (alice) verify, not carol.
            AccountabilityRecord record = owned().retrospective("bob", "2026-03-26T09:00:00Z", 1)
                    .expectation("alice", "2026-03-27T09:00:00Z", "2026-04-03").build();
            WriteRights rights = new WriteRights(new FakeHost());

            List<WaitingStep> verify = steps(record, ISSUE).stream().filter(s -> s.action() == VERIFY).toList();

            assertThat(verify).isNotEmpty().allSatisfy(step -> assertThat(rights.of(WriteStep.VERIFY)
                    .decide(Caller.of(step.user()), step.user(), ISSUE, record).isAllowed())
                    .as("%s may verify", step.user()).isTrue());
        }

        @Test
        void a_verified_record_asks_nothing_of_anyone() {
            AccountabilityRecord record = owned().concerns("dave", 1, "2026-03-03T09:00:00Z")
                    .retrospective("bob", "2026-03-26T09:00:00Z", 1).verified("carol", "2026-03-27T09:00:00Z")
                    .build();

            assertThat(steps(record, ISSUE)).isEmpty();
            assertThat(steps(record, Fixtures.resolved(ISSUE, at("2026-03-25T00:00:00Z")))).isEmpty();
        }
    }

    @Nested
    class Dates {
        @Test
        void before_alignment_no_agreed_date_the_target_and_the_issues_due_date() {
            IssueFacts due = Fixtures.due(ISSUE, LocalDate.parse("2026-04-01"));

            WaitingStep align = only(steps(set().build(), due), "bob", ALIGN);

            assertThat(align.agreedDate()).isEmpty();
            assertThat(align.targetDate()).contains(LocalDate.parse(TARGET));
            assertThat(align.dueDate()).contains(LocalDate.parse("2026-04-01"));
            assertThat(align.deadline()).contains(LocalDate.parse(TARGET));
        }

        @Test
        void after_alignment_the_agreed_date_is_the_owners_proposed_date_else_the_target() {
            WaitingStep proposing = only(steps(set().alignedProposing("bob", 1, "2026-03-02T11:00:00Z", "2026-03-24")
                    .build(), ISSUE), "bob", DECLARE_OWNERSHIP);
            assertThat(proposing.agreedDate()).contains(LocalDate.parse("2026-03-24"));
            assertThat(proposing.deadline()).contains(LocalDate.parse("2026-03-24"));
            assertThat(proposing.dueDate()).isEmpty();

            WaitingStep plain = only(steps(owned().build(), ISSUE), "bob", STATE_CONTROL);
            assertThat(plain.agreedDate()).contains(LocalDate.parse(TARGET));
        }

        @Test
        void a_proposed_date_by_someone_else_is_not_the_agreed_date() {
            WaitingStep step = only(steps(set().alignedProposing("dave", 1, "2026-03-02T11:00:00Z", "2026-05-01")
                    .build(), ISSUE), "bob", ALIGN);

            assertThat(step.agreedDate()).isEmpty();
            assertThat(step.isOverdue(LocalDate.parse("2026-03-21"))).isTrue();
            assertThat(step.isOverdue(LocalDate.parse(TARGET))).isFalse();
        }
    }

    @Test
    void each_person_is_asked_each_action_at_most_once_per_issue() {
        AccountabilityRecord record = owned().declared("erin", OwnershipRole.CO_OWNER, "2026-03-02T12:00:00Z")
                .concerns("dave", 1, "2026-03-02T13:00:00Z").concerns("erin", 1, "2026-03-02T14:00:00Z").build();

        List<String> summary = summary(steps(record, ISSUE));

        assertThat(summary).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("carol:ANSWER_CONCERN", "bob:STATE_CONTROL", "bob:CHECK_IN");
    }

    @Test
    void for_user_lists_only_that_users_open_steps_most_urgent_first() {
        AccountabilityRecord record = set().concerns("dave", 1, "2026-03-03T09:00:00Z").build();

        assertThat(WaitingRules.forUser(record, ISSUE, CADENCE, UTC, UserKey.of("carol"), at("2026-03-03T09:00:00Z")))
                .extracting(WaitingStep::action).containsExactly(ANSWER_CONCERN);
        assertThat(WaitingRules.forUser(record, ISSUE, CADENCE, UTC, UserKey.of("carol"), at("2026-03-03T08:59:59Z")))
                .isEmpty();
        assertThat(WaitingRules.forUser(record, ISSUE, CADENCE, UTC, UserKey.of("dave"), at("2026-04-01T00:00:00Z")))
                .isEmpty();
    }
}
