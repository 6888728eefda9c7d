package com.atlassian.jira.plugin.workflow;

// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowPermissionValidatorPluginFactory.html (7.0.8; only WorkflowPluginFactory methods listed)
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
