package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One append-only change: who changed which field when, from what to what. Values are stored as the user typed them
 * (empty when there was none) and escaped only where shown.
 */
public record HistoryEvent(long issueId, Instant at, UserKey user, String field, String from, String to) {
    public HistoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
