package com.allinaccountability.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.core.model.Requirement;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateConfigurationTest {

    @Test
    void the_form_of_checkboxes_and_text_becomes_string_descriptor_arguments_and_back() {
        Map<String, Object> form = new HashMap<>();
        form.put("requirements", new String[] {"WHY_STATED", "EXPECTATION_SET"});
        form.put("ownerMustBeAssignee", new String[] {"true"});
        form.put("issueTypes", new String[] {" Story, Epic ,, Story"});

        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) new AccountabilityGateValidatorFactory().getDescriptorParams(form);

        assertThat(args).containsEntry("requirements", "EXPECTATION_SET,WHY_STATED")
                .containsEntry("usePolicy", "false")
                .containsEntry("ownerMustBeAssignee", "true")
                .containsEntry("issueTypes", "Epic,Story");
        GateConfiguration back = GateConfiguration.fromArgs(args);
        assertThat(back.requirements()).containsExactlyInAnyOrder(Requirement.EXPECTATION_SET, Requirement.WHY_STATED);
        assertThat(back.issueTypes()).containsExactlyInAnyOrder("Story", "Epic");
        assertThat(back.appliesTo("Story")).isTrue();
        assertThat(back.appliesTo("Sub-task")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void saving_the_form_with_nothing_ticked_applies_the_project_policy_instead_of_an_error_page() {
        Map<String, Object> args = (Map<String, Object>) new AccountabilityGateValidatorFactory()
                .getDescriptorParams(Map.of("issueTypes", new String[] {""}));

        assertThat(GateConfiguration.fromArgs(args).usePolicy()).isTrue();
    }

    @Test
    void the_form_refuses_unknown_requirements_and_an_empty_choice() {
        assertThatThrownBy(() -> GateConfiguration.fromForm(Map.of("requirements", new String[] {"BE_NICE"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BE_NICE");
        assertThatThrownBy(() -> GateConfiguration.fromForm(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project policy");
    }

    @Test
    void policy_mode_drops_explicit_requirements() {
        GateConfiguration configuration = GateConfiguration.fromForm(Map.of(
                "usePolicy", new String[] {"true"}, "requirements", new String[] {"WHY_STATED"}));

        assertThat(configuration.usePolicy()).isTrue();
        assertThat(configuration.requirements()).isEmpty();
    }

    @Test
    void stored_arguments_with_unknown_names_still_load() {
        GateConfiguration configuration = GateConfiguration.fromArgs(Map.of("requirements", "WHY_STATED,FROM_THE_FUTURE"));

        assertThat(configuration.requirements()).containsExactly(Requirement.WHY_STATED);
    }

    @Test
    void edit_and_view_screens_show_the_stored_configuration_of_either_descriptor_kind() {
        ValidatorDescriptor validator = new ValidatorDescriptor();
        validator.getArgs().putAll(Map.of("requirements", "OWNER_ALIGNED", "issueTypes", "Story"));
        Map<String, Object> editParams = new HashMap<>();
        new AccountabilityGateValidatorFactory().getVelocityParamsForEdit(editParams, validator);

        assertThat(editParams).containsEntry("selectedRequirements", List.of("OWNER_ALIGNED"))
                .containsEntry("usePolicy", false)
                .containsEntry("issueTypes", "Story")
                .containsKey("allRequirements");
        @SuppressWarnings("unchecked")
        List<com.allinaccountability.web.view.OptionView> options =
                (List<com.allinaccountability.web.view.OptionView>) editParams.get("requirementOptions");
        assertThat(options).extracting(com.allinaccountability.web.view.OptionView::getValue)
                .containsExactlyElementsOf(AbstractGateFactory.ALL_REQUIREMENTS);
        assertThat(options).filteredOn(com.allinaccountability.web.view.OptionView::isSelected)
                .extracting(com.allinaccountability.web.view.OptionView::getValue).containsExactly("OWNER_ALIGNED");

        ConditionDescriptor condition = new ConditionDescriptor();
        condition.getArgs().put("usePolicy", "true");
        Map<String, Object> viewParams = new HashMap<>();
        new AccountabilityGateConditionFactory().getVelocityParamsForView(viewParams, condition);
        assertThat(viewParams).containsEntry("usePolicy", true).containsEntry("selectedRequirements", List.of());
        assertThat(Set.copyOf(AbstractGateFactory.ALL_REQUIREMENTS)).hasSize(Requirement.values().length);
    }
}
