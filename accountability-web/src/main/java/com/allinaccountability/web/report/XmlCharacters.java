package com.allinaccountability.web.report;

/**
 * Keeps a text inside what XML 1.0 can hold. Validation already refuses such characters in every field, but records
 * written before it (or by another writer) may hold one; a storage-format export must still be one well-formed
 * document, so the writer replaces, rather than emits, what XML cannot hold.
 */
public final class XmlCharacters {
    /** U+FFFD REPLACEMENT CHARACTER, Unicode's sign for "a character was here that could not be kept". */
    static final char REPLACEMENT = '\uFFFD';

    private XmlCharacters() {}

    /**
     * {@code text} with every character outside XML 1.0's {@code Char} production (controls other than tab, line feed
     * and carriage return; U+FFFE, U+FFFF), every other Unicode noncharacter and every lone surrogate replaced by
     * U+FFFD. Answers {@code text} itself when nothing needs replacing.
     */
    public static String wellFormed(String text) {
        return withoutIllegalReferences(withoutIllegalCharacters(text));
    }

    private static String withoutIllegalCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean keep = allowed(c);
            if (!keep && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (keep) {
                    out.appendCodePoint(c);
                } else {
                    out.append(REPLACEMENT);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /**
     * A host's escaper may write characters as numeric references ({@code &#65534;}); one that names a character XML
     * cannot hold makes the document ill-formed just the same, so it becomes U+FFFD too.
     */
    private static String withoutIllegalReferences(String text) {
        if (text.indexOf("&#") < 0) {
            return text;
        }
        java.util.regex.Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (reference.find()) {
            String digits = reference.group(1);
            long c;
            try {
                c = digits.startsWith("x") || digits.startsWith("X")
                        ? Long.parseLong(digits.substring(1), 16) : Long.parseLong(digits);
            } catch (NumberFormatException tooLong) {
                c = -1;
            }
            boolean keep = c >= 0 && c <= Character.MAX_CODE_POINT && allowed((int) c);
            reference.appendReplacement(out, keep ? "$0" : String.valueOf(REPLACEMENT));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("&#([xX][0-9a-fA-F]+|[0-9]+);");

    static boolean allowed(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return false;
        }
        return !com.allinaccountability.core.rules.Violations.isNoncharacter(c);
    }
}
