package com.allinaccountability.core.model;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** A person mail can be sent to, in their language and time zone. */
public record Recipient(UserKey user, String displayName, String email, Locale locale, ZoneId zone) {
    public Recipient {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }
}
