package com.allinaccountability.jira.workflow;

import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.web.view.OptionView;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration screens of the accountability validator and condition, which take the same parameters. The
 * templates ({@code templates/jira/workflow/*.vm}) receive only Strings, booleans and lists of Strings, so they call no
 * method of ours (nothing to allowlist). Form values arrive as {@code String[]} and are parsed here, without the base
 * class's helpers.
 */
public abstract class AbstractGateFactory extends AbstractWorkflowPluginFactory {

    /** Every requirement name, in order, for the checkboxes. */
    static final List<String> ALL_REQUIREMENTS = Arrays.stream(Requirement.values()).map(Enum::name).toList();

    /** The stored arguments of the condition or validator being edited or viewed. */
    protected abstract Map<?, ?> argsOf(AbstractDescriptor descriptor);

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("allRequirements", ALL_REQUIREMENTS);
        velocityParams.put("selectedRequirements", List.of());
        velocityParams.put("requirementOptions", options(List.of()));
        velocityParams.put("usePolicy", Boolean.FALSE);
        velocityParams.put("ownerMustBeAssignee", Boolean.FALSE);
        velocityParams.put("issueTypes", "");
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForInput(velocityParams);
        putConfiguration(velocityParams, GateConfiguration.fromArgs(argsOf(descriptor)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        putConfiguration(velocityParams, GateConfiguration.fromArgs(argsOf(descriptor)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        // Jira has no way to send this form back with a message: a refusal would be an error page. With nothing
        // ticked, the gate applies the project policy, the choice that needs no further setup.
        Map<String, Object> form = new HashMap<>(formParams);
        if (GateConfiguration.nothingChosen(form)) {
            form.put(GateConfiguration.USE_POLICY, new String[] {"true"});
        }
        return GateConfiguration.fromForm(form).toArgs();
    }

    /**
     * Every requirement as a checkbox option, ticked when selected: the form reads {@code $option.selected}, an
     * allowlisted getter of ours, instead of calling {@code List#contains} from the template (a JDK method that would
     * have to be on Jira's global Velocity allowlist). The label is the enum name; the template shows its i18n text.
     */
    private static List<OptionView> options(List<String> selected) {
        return ALL_REQUIREMENTS.stream().map(name -> OptionView.of(name, name, selected.contains(name))).toList();
    }

    private static void putConfiguration(Map<String, Object> velocityParams, GateConfiguration configuration) {
        List<String> selected = configuration.orderedRequirements().stream().map(Enum::name).toList();
        velocityParams.put("selectedRequirements", selected);
        velocityParams.put("requirementOptions", options(selected));
        velocityParams.put("usePolicy", configuration.usePolicy());
        velocityParams.put("ownerMustBeAssignee", configuration.ownerMustBeAssignee());
        velocityParams.put("issueTypes", String.join(", ", configuration.issueTypes().stream().sorted().toList()));
    }
}
