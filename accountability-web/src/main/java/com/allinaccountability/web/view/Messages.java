package com.allinaccountability.web.view;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's texts from the bundle {@code i18n/accountability.properties}. Templates call {@link #getText(String)} as
 * {@code $i18n.getText("key")}, the same call Jira's {@code I18nHelper} answers, so a Jira host may pass either.
 * A missing key shows as the key itself, as Jira does, rather than breaking the page.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.accountability";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public String getText(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text with {@code {0}}-style arguments filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(getText(key), locale).format(arguments);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every text whose key starts with {@code prefix}, for the panel's JavaScript (hosts localize differently). */
    public Map<String, String> all(String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (key.startsWith(prefix)) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
