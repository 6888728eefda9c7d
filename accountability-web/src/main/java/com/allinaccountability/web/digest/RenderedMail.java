package com.allinaccountability.web.digest;

import java.util.Objects;

/**
 * A digest rendered for one recipient: a multipart mail's plain-text and HTML parts, both in the recipient's language
 * and zone, every user string escaped in the HTML part.
 */
public record RenderedMail(String toAddress, String toName, String subject, String text, String html) {
    public RenderedMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
