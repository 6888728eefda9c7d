package com.allinaccountability.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.GateRequirements;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.MissingStep;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.service.Inputs.PolicyInput;
import com.allinaccountability.core.service.Inputs.PolicyRuleInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateTest extends ServiceFixture {
    private static final GateRequirements ALL = GateRequirements.of(EnumSet.allOf(Requirement.class));

    private List<Requirement> missing(GateRequirements requirements) {
        return gates.check(issue(), requirements).missing().stream().map(MissingStep::requirement).toList();
    }

    @Test
    void an_untouched_issue_misses_every_step_with_a_reason_each() {
        GateVerdict verdict = gates.check(issue(), ALL);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.missing()).extracting(MissingStep::requirement)
                .containsExactly(Requirement.values());
        assertThat(verdict.missing()).allSatisfy(m -> assertThat(m.reason()).isNotBlank());
    }

    @Test
    void no_requirements_always_pass() {
        assertThat(gates.check(issue(), GateRequirements.none()).passed()).isTrue();
    }

    @Test
    void each_requirement_is_met_by_its_step() {
        setExpectation(ALICE);
        assertThat(missing(ALL)).doesNotContain(Requirement.EXPECTATION_SET, Requirement.WHY_STATED)
                .contains(Requirement.OWNER_ALIGNED);

        align(BOB);
        assertThat(missing(ALL)).doesNotContain(Requirement.OWNER_ALIGNED).contains(Requirement.OWNERSHIP_DECLARED);

        declare(BOB, OwnershipRole.OWNER);
        assertThat(missing(ALL)).doesNotContain(Requirement.OWNERSHIP_DECLARED).contains(Requirement.CONTROL_STATED);

        stateControl(BOB);
        assertThat(missing(ALL)).containsExactly(Requirement.RETROSPECTIVE_WRITTEN,
                Requirement.RETROSPECTIVE_VERIFIED);

        writeRetrospective(BOB);
        assertThat(missing(ALL)).containsExactly(Requirement.RETROSPECTIVE_VERIFIED);

        verify(ALICE);
        assertThat(gates.check(issue(), ALL).passed()).isTrue();
    }

    @Test
    void why_stated_fails_for_an_expectation_without_why() {
        done(service.setExpectation(ALICE, KEY, expectation("Outcome", "", "2026-03-20"), 0));

        assertThat(missing(GateRequirements.of(Set.of(Requirement.WHY_STATED))))
                .containsExactly(Requirement.WHY_STATED);
    }

    @Test
    void owner_aligned_names_who_has_not_aligned() {
        setExpectation(ALICE);

        GateVerdict verdict = gates.check(issue(), GateRequirements.of(Set.of(Requirement.OWNER_ALIGNED)));

        assertThat(verdict.missing()).singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("bob").contains("revision 1"));
    }

    @Test
    void ownership_can_require_the_owner_to_be_the_assignee() {
        setExpectation(ALICE);
        align(CAROL);
        declare(CAROL, OwnershipRole.OWNER);

        Set<Requirement> declared = Set.of(Requirement.OWNERSHIP_DECLARED);
        assertThat(gates.check(issue(), new GateRequirements(declared, false)).passed()).isTrue();
        assertThat(gates.check(issue(), new GateRequirements(declared, true)).missing()).singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("carol").contains("not the assignee"));
    }

    @Test
    void policy_mode_reads_the_project_policy_for_the_target_category_and_issue_type() {
        done(policies.savePolicy(ALICE, "ACC", new PolicyInput(List.of("Story"), List.of(
                new PolicyRuleInput(StatusCategory.INDETERMINATE, Set.of(Requirement.EXPECTATION_SET,
                        Requirement.OWNER_ALIGNED)),
                new PolicyRuleInput(StatusCategory.DONE, Set.of(Requirement.RETROSPECTIVE_WRITTEN))),
                false, Optional.empty()), 0));

        assertThat(gates.checkPolicy(issue(), StatusCategory.INDETERMINATE).missing())
                .extracting(MissingStep::requirement)
                .containsExactly(Requirement.EXPECTATION_SET, Requirement.OWNER_ALIGNED);
        assertThat(gates.checkPolicy(issue(), StatusCategory.DONE).missing()).extracting(MissingStep::requirement)
                .containsExactly(Requirement.RETROSPECTIVE_WRITTEN);
        assertThat(gates.checkPolicy(issue(), StatusCategory.NEW).passed()).isTrue();

        host.issue(new com.allinaccountability.core.model.IssueFacts(2, "ACC-2", Fixtures.PROJECT_ID, "ACC",
                "Sub-task", "Sub", "To Do", StatusCategory.NEW, Optional.empty(), Optional.empty(),
                Optional.empty(), issue().created(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(gates.checkPolicy(host.byKey("ACC-2").orElseThrow(), StatusCategory.INDETERMINATE).passed())
                .as("the policy is limited to stories").isTrue();
    }

    @Test
    void the_rest_gate_without_requirements_checks_the_policy_for_the_next_category() {
        done(policies.savePolicy(ALICE, "ACC", new PolicyInput(List.of(), List.of(
                new PolicyRuleInput(StatusCategory.INDETERMINATE, Set.of(Requirement.EXPECTATION_SET))),
                false, Optional.empty()), 0));

        assertThat(gates.check(DAVE, KEY, Optional.empty())).isInstanceOfSatisfying(Outcome.Done.class,
                done -> assertThat(((GateVerdict) done.value()).missing()).extracting(MissingStep::requirement)
                        .containsExactly(Requirement.EXPECTATION_SET));
        assertThat(gates.check(ERIN, KEY, Optional.empty())).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void only_project_admins_change_the_policy_and_stale_policy_writes_conflict() {
        PolicyInput input = new PolicyInput(List.of(), List.of(), true, Optional.of(14));

        assertThat(policies.savePolicy(BOB, "ACC", input, 0)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(policies.savePolicy(ERIN, "ACC", input, 0)).isInstanceOf(Outcome.NotFound.class);
        assertThat(policies.savePolicy(ALICE, "ACC", input, 0)).isInstanceOf(Outcome.Done.class);
        assertThat(policies.savePolicy(ALICE, "ACC", input, 0)).isInstanceOf(Outcome.Conflict.class);
        assertThat(store.policy(Fixtures.PROJECT_ID).checkinCadenceDays()).isEqualTo(14);
    }

    @Test
    void a_policy_with_two_rules_for_one_category_or_a_silly_cadence_is_refused() {
        PolicyInput twice = new PolicyInput(List.of(), List.of(
                new PolicyRuleInput(StatusCategory.DONE, Set.of()),
                new PolicyRuleInput(StatusCategory.DONE, Set.of())), false, Optional.of(0));

        assertThat(policies.savePolicy(ALICE, "ACC", twice, 0)).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("rules", "checkinCadenceDays"));
        assertThat(store.policy(Fixtures.PROJECT_ID).version()).isZero();
    }

    @Test
    void an_issue_type_name_with_a_nul_character_is_refused_like_every_other_text() {
        PolicyInput input = new PolicyInput(List.of("Story\u0000"), List.of(), false, Optional.empty());

        assertThat(fieldErrors(policies.savePolicy(ALICE, "ACC", input, 0))).containsOnlyKeys("issueTypes");
        assertThat(store.policy(Fixtures.PROJECT_ID).version()).isZero();
    }
}
