package com.allinaccountability.sandbox.web;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every {@code $reference} a template inserts, as Jira's {@code #enable_html_escaping()} does, unless the
 * reference's name ends with {@code Html} ({@code $bodyHtml}, {@code $panel.renderHtml()}): those carry markup that
 * its producer has already escaped. So every user string is escaped exactly once, and a template cannot forget.
 */
public final class HtmlEscapingReferenceHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isHtml(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    /** Whether the reference's last name part ends with {@code Html}, e.g. {@code $!{view.panelHtml()}}. */
    static boolean isHtml(String reference) {
        String name = reference.replace("{", "").replace("}", "");
        name = name.startsWith("$!") ? name.substring(2) : name.startsWith("$") ? name.substring(1) : name;
        if (name.endsWith(")")) {
            int depth = 0;
            for (int i = name.length() - 1; i >= 0; i--) {
                char c = name.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    name = name.substring(0, i);
                    break;
                }
            }
        }
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).endsWith("Html");
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
