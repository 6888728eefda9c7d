package com.atlassian.jira.plugin.workflow;

import java.util.Collection;
import java.util.Map;
import com.opensymphony.workflow.loader.AbstractDescriptor;

// Checked against: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowUberFunctionPluginFactory.html (hierarchy; 7.0.8 subclasses inherit createMap, extractMultipleParams, extractSingleParam, getVelocityParams)
// Checked against: https://github.com/ (Jira source copy of AbstractWorkflowPluginFactory.java, search-index file id 17516150914, version ~6.x/7.x; generic signatures)
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    // Left empty so plugin factories can be instantiated in unit tests.
    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected Map<String, ?> extractMultipleParams(Map<String, Object> params, Collection<String> paramNames) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    protected String extractSingleParam(Map<String, Object> conditionParams, String paramName) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    protected Map<String, String> createMap(Map<String, String> extractedParams) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
