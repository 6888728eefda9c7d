package com.atlassian.jira.plugin.workflow;

import java.util.Map;
import com.opensymphony.workflow.loader.AbstractDescriptor;

// Checked against: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html (4.0; same shape in 7.0.8 implementers)
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
