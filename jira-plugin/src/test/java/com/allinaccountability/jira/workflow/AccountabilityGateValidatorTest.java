package com.allinaccountability.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.Requirement;
import com.opensymphony.workflow.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountabilityGateValidatorTest {
    private final GateFixture fixture = new GateFixture();
    private final AccountabilityGateValidator validator =
            new AccountabilityGateValidator(fixture.gateCheck(), fixture.messages());

    @SuppressWarnings("unchecked")
    private static List<String> errors(Throwable thrown) {
        return ((InvalidInputException) thrown).getGenericErrors();
    }

    @Test
    void names_each_missing_step_with_its_localized_message_and_links_to_the_panel() {
        when(fixture.i18n.getText("accountability.gate.missing.EXPECTATION_SET")).thenReturn("Set the expectation.");
        when(fixture.i18n.getText("accountability.gate.missing.OWNERSHIP_DECLARED")).thenReturn("Declare an owner.");
        when(fixture.i18n.getText("accountability.gate.panel.link",
                "https://jira.example.com/browse/ACC-7#accountability-panel-ACC-7")).thenReturn("See the panel.");

        assertThatThrownBy(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("requirements", "OWNERSHIP_DECLARED,EXPECTATION_SET"), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(errors(e))
                        .containsExactly("Set the expectation.", "Declare an owner.", "See the panel."));
    }

    @Test
    void falls_back_to_the_cores_english_reason_and_an_absolute_panel_link_when_a_key_is_missing() {
        fixture.expectationWithoutWhy();

        assertThatThrownBy(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("requirements", "EXPECTATION_SET,WHY_STATED"), null))
                .satisfies(e -> {
                    List<String> lines = errors(e);
                    assertThat(lines).hasSize(2);
                    assertThat(lines.get(0)).isNotBlank().doesNotStartWith("accountability.");
                    assertThat(lines.get(1))
                            .contains("https://jira.example.com/browse/ACC-7#accountability-panel-ACC-7");
                });
    }

    @Test
    void lets_the_create_transition_through_as_the_new_issue_has_no_id_and_no_record_yet() {
        when(fixture.issue.getId()).thenReturn(null);
        when(fixture.issue.getKey()).thenReturn(null);

        assertThatCode(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("requirements", "EXPECTATION_SET,OWNERSHIP_DECLARED"), null)).doesNotThrowAnyException();
    }

    @Test
    void passes_when_the_configured_steps_hold() {
        fixture.expectationWithoutWhy();

        assertThatCode(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("requirements", "EXPECTATION_SET"), null)).doesNotThrowAnyException();
    }

    @Test
    void policy_mode_reads_the_project_policy_for_the_category_the_transition_enters() {
        fixture.expectationWithoutWhy();
        fixture.policyForDone(Requirement.WHY_STATED);
        when(fixture.i18n.getText("accountability.gate.missing.WHY_STATED")).thenReturn("Say why.");

        assertThatThrownBy(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("usePolicy", "true"), null))
                .satisfies(e -> assertThat(errors(e)).hasSize(2).first().isEqualTo("Say why."));
    }

    @Test
    void policy_mode_lets_the_transition_through_when_the_target_cannot_be_found() {
        fixture.expectationWithoutWhy();
        fixture.policyForDone(Requirement.WHY_STATED);
        when(fixture.constants.getStatus("10001")).thenThrow(new NoSuchMethodError("getStatus"));

        assertThatCode(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("usePolicy", "true"), null)).doesNotThrowAnyException();
    }

    @Test
    void policy_mode_passes_when_the_policy_requires_nothing_for_that_category() {
        fixture.expectationWithoutWhy();

        assertThatCode(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("usePolicy", "true"), null)).doesNotThrowAnyException();
    }

    @Test
    void issue_types_not_chosen_are_not_gated() {
        assertThatCode(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("requirements", "EXPECTATION_SET", "issueTypes", "Epic, Bug"), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.validate(fixture.transientVars(GateFixture.TO_DONE_ACTION),
                Map.of("requirements", "EXPECTATION_SET", "issueTypes", "Epic,Story"), null))
                .isInstanceOf(InvalidInputException.class);
    }
}
