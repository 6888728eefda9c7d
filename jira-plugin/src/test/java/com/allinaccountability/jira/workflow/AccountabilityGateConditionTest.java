package com.allinaccountability.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.port.RecordStore;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class AccountabilityGateConditionTest {

    @Test
    void hides_the_transition_while_a_required_step_is_missing_and_shows_it_once_it_holds() {
        GateFixture fixture = new GateFixture();
        AccountabilityGateCondition condition = new AccountabilityGateCondition(fixture.gateCheck());

        assertThat(condition.passesCondition(fixture.transientVars(null),
                Map.of("requirements", "EXPECTATION_SET"), null)).isFalse();

        fixture.expectationWithoutWhy();
        assertThat(condition.passesCondition(fixture.transientVars(null),
                Map.of("requirements", "EXPECTATION_SET"), null)).isTrue();
        assertThat(condition.passesCondition(fixture.transientVars(null),
                Map.of("requirements", "EXPECTATION_SET,WHY_STATED"), null)).isFalse();
    }

    @Test
    void policy_mode_applies_the_rule_of_the_transitions_target_when_jira_names_the_action() {
        GateFixture fixture = new GateFixture();
        fixture.policyForDone(Requirement.EXPECTATION_SET);
        AccountabilityGateCondition condition = new AccountabilityGateCondition(fixture.gateCheck());

        assertThat(condition.passesCondition(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("usePolicy", "true"), null)).isFalse();
        // Listing available actions, OSWorkflow sets no actionId: the target is unknown and the validator guards.
        assertThat(condition.passesCondition(fixture.transientVars(null), Map.of("usePolicy", "true"), null))
                .isTrue();
    }

    @Test
    void a_store_error_hides_the_transition_and_is_logged() {
        RecordStore failing = mock(RecordStore.class);
        IllegalStateException outage = new IllegalStateException("database is down");
        when(failing.load(anyLong())).thenThrow(outage);
        when(failing.loadOrEmpty(any())).thenCallRealMethod();
        GateFixture fixture = new GateFixture(failing);
        Logger log = mock(Logger.class);
        AccountabilityGateCondition condition = new AccountabilityGateCondition(fixture.gateCheck(), log);

        boolean passes = condition.passesCondition(fixture.transientVars(null),
                Map.of("requirements", "OWNER_ALIGNED"), null);

        assertThat(passes).isFalse();
        verify(log).error(contains("hiding the transition"), same((Throwable) outage));
    }

    @Test
    void a_missing_issue_hides_the_transition_without_throwing() {
        GateFixture fixture = new GateFixture();
        Logger log = mock(Logger.class);
        AccountabilityGateCondition condition = new AccountabilityGateCondition(fixture.gateCheck(), log);

        assertThat(condition.passesCondition(Map.of(), Map.of("requirements", "EXPECTATION_SET"), null)).isFalse();
        verify(log).error(any(String.class), any(Throwable.class));
    }
}
