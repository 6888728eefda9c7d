package com.atlassian.jira.workflow.condition;

import java.util.Map;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.Condition;

// Checked against: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/opensymphony/workflow/Condition.html (11.3.13 lists AbstractJiraCondition as an implementing class)
// Checked against: https://github.com/ (Jira source copy of AbstractJiraCondition.java, search-index file id 17049348139; 6.x/7.x)
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraCondition extends WorkflowFunctionUtils implements Condition {
    public AbstractJiraCondition() {
    }

    protected Issue getIssue(Map transientVars) throws DataAccessException {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
