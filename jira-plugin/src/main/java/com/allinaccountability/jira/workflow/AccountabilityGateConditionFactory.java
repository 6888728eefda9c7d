package com.allinaccountability.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import java.util.Map;

/** Configuration screens of {@link AccountabilityGateCondition}. */
public final class AccountabilityGateConditionFactory extends AbstractGateFactory
        implements WorkflowPluginConditionFactory {

    @Override
    protected Map<?, ?> argsOf(AbstractDescriptor descriptor) {
        return descriptor instanceof ConditionDescriptor condition ? condition.getArgs() : Map.of();
    }
}
