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
     * At most {@code max} characters, each one that XML 1.0 can hold: no control character but tab, line feed and
     * carriage return (PostgreSQL cannot store U+0000 in text, and none of them may appear in XML), no Unicode
     * noncharacter (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and the last two code points of every plane) and no lone
     * surrogate (which no UTF-8 store can keep: it would come back as "?"). A text holding one could not be shown in a
     * Confluence page, so it is refused here, for every store and view alike, rather than failing in one of them.
     */
    public Violations maxLength(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            field(field, "Must be at most " + max + " characters.");
        } else {
            refusedCharacterIn(value).ifPresent(message -> field(field, message));
        }
        return this;
    }

    /** Why {@code value} cannot be stored and shown everywhere, or empty when it can. */
    static java.util.Optional<String> refusedCharacterIn(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return java.util.Optional.of("Must not contain control characters (other than tab and line breaks).");
            }
            if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) { // a pair is one code point above
                return java.util.Optional.of("Must not contain a lone surrogate (half of a character): the text is "
                        + "not valid Unicode.");
            }
            if (isNoncharacter(c)) {
                return java.util.Optional.of(String.format("Must not contain the Unicode noncharacter U+%04X.", c));
            }
            i += Character.charCount(c);
        }
        return java.util.Optional.empty();
    }

    /** Unicode's 66 noncharacters: U+FDD0..U+FDEF and U+nFFFE, U+nFFFF in every plane. */
    public static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
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
