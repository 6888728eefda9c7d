package com.atlassian.jira.workflow;

import java.util.Map;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/workflow/WorkflowFunctionUtils.html (6.x/7.x)
// Checked against: https://github.com/ (Jira source copy of WorkflowFunctionUtils.java, search-index file id 17185108980; 6.x/7.x)
// ORIGINAL_ISSUE_KEY (a String constant, "originalissueobject") is deliberately not declared: javac would inline
// it. The deprecated crowd-User methods are omitted.
@SuppressWarnings("rawtypes")
public class WorkflowFunctionUtils {
    // Left empty so AbstractJiraCondition subclasses can be instantiated in unit tests.
    public WorkflowFunctionUtils() {
    }

    protected ApplicationUser getCallerUser(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static ApplicationUser getCallerUserFromArgs(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static String getCallerKey(Map transientVars, Map args) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
