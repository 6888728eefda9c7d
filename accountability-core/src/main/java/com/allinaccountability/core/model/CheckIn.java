package com.allinaccountability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A short progress note from the owner or a co-owner, optionally with a new forecast date. */
public record CheckIn(UserKey user, CheckInStatus status, String note, Optional<LocalDate> forecastDate, Instant at) {
    public CheckIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(forecastDate, "forecastDate");
        Objects.requireNonNull(at, "at");
    }
}
