package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// Checked against: https://github.com/ (Jira source copy of ErrorCollection.java, search-index file id 17283696476; @PublicApi)
public interface ErrorCollection {
    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
