package com.allinaccountability.web.velocity;

import org.apache.velocity.context.Context;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Escapes every value a template inserts, exactly once, except references whose name ends in {@code Html} (a value
 * that is HTML by construction): the semantics of Jira's {@code #enable_html_escaping()}. Templates therefore never
 * escape by hand, and no user string can be inserted raw by forgetting to.
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isHtml(reference)) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** {@code $fooHtml}, {@code $!{model.bodyHtml}}, {@code $model.getBodyHtml()} are trusted; nothing else is. */
    static boolean isHtml(String reference) {
        String name = reference.replaceAll("[${}!]", "").replaceAll("\\(.*\\)$", "");
        int dot = name.lastIndexOf('.');
        String last = dot < 0 ? name : name.substring(dot + 1);
        return last.endsWith("Html");
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
