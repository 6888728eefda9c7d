package com.atlassian.jira.bc;

import java.io.Serializable;
import com.atlassian.jira.util.ErrorCollection;

// Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/ServiceResultImpl.html (7.x, @PublicApi)
public class ServiceResultImpl implements ServiceResult, Serializable {
    private static final long serialVersionUID = 1L;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
