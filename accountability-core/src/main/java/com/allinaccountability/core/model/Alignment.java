package com.allinaccountability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's latest alignment, tied to the expectation revision it was given for. An alignment on an older
 * revision reads as pending: people agree to a specific expectation, not to whatever it later becomes.
 *
 * @param proposedDate the date this participant agrees to, when it differs from the target date (a counter-proposal)
 */
public record Alignment(
        UserKey user, AlignmentState state, String comment, Optional<LocalDate> proposedDate, int revision, Instant at) {

    public Alignment {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(proposedDate, "proposedDate");
        Objects.requireNonNull(at, "at");
    }

    public boolean isFor(int currentRevision) {
        return revision == currentRevision;
    }
}
