package com.atlassian.jira.util;

import java.util.Locale;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/I18nHelper.html (7.x, @PublicApi)
public interface I18nHelper {
    String getText(String key);

    String getText(String key, Object parameters);

    Locale getLocale();
}
