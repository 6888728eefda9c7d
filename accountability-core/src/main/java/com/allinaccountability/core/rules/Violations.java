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
     * At most {@code max} characters, and no NUL character: PostgreSQL cannot store U+0000 in text, so it is refused
     * here, for every store alike, rather than failing in one of them.
     */
    public Violations maxLength(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            field(field, "Must be at most " + max + " characters.");
        } else if (value.indexOf('\u0000') >= 0) {
            field(field, "Must not contain the NUL character (U+0000).");
        }
        return this;
    }

    /** Required and within its limit. */
    public Violations text(String field, String value, int max) {
        return required(field, value).maxLength(field, value, max);
    }

    public Violations field(String field, String message) {
        fields.putIfAbsent(field, message);
        return this;
    }

    public Violations message(String message) {
        messages.add(message);
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
