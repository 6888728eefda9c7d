package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

// Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/i18n/JiraLocaleResolver.html (Jira's implementer: getLocale(UserKey))
// Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html (getLocale(), getLocale(UserKey), getApplicationLocale())
// getLocale(HttpServletRequest) omitted (no servlet types here, see VERIFICATION.md).
public interface LocaleResolver {
    Locale getLocale(UserKey userKey);
}
