package com.atlassian.jira.plugin.workflow;

// Checked against: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowAllowOnlyAssigneeConditionFactoryImpl.html (implemented with only the WorkflowPluginFactory methods)
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
