package com.allinaccountability.core.model;

import java.util.Objects;

/** A host user's stable key (Jira's user key), never a display name. */
public record UserKey(String value) {
    public UserKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A user key cannot be blank");
        }
    }

    public static UserKey of(String value) {
        return new UserKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
