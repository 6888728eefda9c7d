package com.allinaccountability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Step 1 and the why of step 2, as one revision. Revisions are immutable snapshots: changing the outcome,
 * the why or the target date makes a new one, and earlier ones stay on the record.
 *
 * @param why empty when not stated yet (the {@code WHY_MISSING} health flag)
 * @param goalLink empty, free text, a URL or an issue key of an epic or goal
 */
public record Expectation(
        int revision, String outcome, String why, LocalDate targetDate, String goalLink, UserKey setBy, Instant setAt) {

    public Expectation {
        if (revision < 1) {
            throw new IllegalArgumentException("Revisions start at 1");
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(goalLink, "goalLink");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }

    public boolean hasWhy() {
        return !why.isBlank();
    }

    /** Whether {@code other} changes what people agreed to: the outcome, the why or the target date. */
    public boolean differsInSubstanceFrom(String otherOutcome, String otherWhy, LocalDate otherTargetDate) {
        return !outcome.equals(otherOutcome) || !why.equals(otherWhy) || !targetDate.equals(otherTargetDate);
    }
}
