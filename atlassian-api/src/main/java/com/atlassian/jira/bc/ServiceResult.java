package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html (7.x, @PublicApi)
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
