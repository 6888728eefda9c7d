package com.allinaccountability.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.Map;

/** Configuration screens of {@link AccountabilityGateValidator}. */
public final class AccountabilityGateValidatorFactory extends AbstractGateFactory
        implements WorkflowPluginValidatorFactory {

    @Override
    protected Map<?, ?> argsOf(AbstractDescriptor descriptor) {
        return descriptor instanceof ValidatorDescriptor validator ? validator.getArgs() : Map.of();
    }
}
