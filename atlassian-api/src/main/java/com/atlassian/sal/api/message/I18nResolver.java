package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

// Checked against: https://docs.atlassian.com/atlassian-bamboo/9.6.4/com/atlassian/bamboo/sal/message/BambooI18nResolver.html (implementer)
// createMessage(...) omitted (needs SAL's Message type).
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getRawText(String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);
}
