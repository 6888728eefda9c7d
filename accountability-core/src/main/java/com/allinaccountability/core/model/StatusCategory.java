package com.allinaccountability.core.model;

import java.util.Locale;
import java.util.Optional;

/** Jira's three status categories, by their keys {@code new}, {@code indeterminate} and {@code done}. */
public enum StatusCategory {
    NEW("new"),
    INDETERMINATE("indeterminate"),
    DONE("done");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<StatusCategory> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (StatusCategory category : values()) {
            if (category.key.equals(wanted)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
