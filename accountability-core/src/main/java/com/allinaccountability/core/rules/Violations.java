package com.allinaccountability.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what is wrong with an input, per field, so a refusal can say everything at once. */
public final class Violations {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();

    public Violations required(String field, String value) {
        if (value.isBlank()) {
            field(field, "This field is required.");
        }
        return this;
    }

    /**
     * At most {@code max} characters, and no control character but tab, line feed and carriage return: PostgreSQL
     * cannot store U+0000 in text, and none of them may appear in XML, so a text holding one could not be shown in a
     * Confluence page. Refused here, for every store and view alike, rather than failing in one of them.
     */
    public Violations maxLength(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            field(field, "Must be at most " + max + " characters.");
        } else if (value.chars().anyMatch(Violations::isRefusedControl)) {
            field(field, "Must not contain control characters (other than tab and line breaks).");
        }
        return this;
    }

    private static boolean isRefusedControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** Required and within its limit. */
    public Violations text(String field, String value, int max) {
        return required(field, value).maxLength(field, value, max);
    }

    public Violations field(String field, String message) {
        fields.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !fields.isEmpty() || !messages.isEmpty();
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }
}
