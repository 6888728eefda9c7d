package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.Objects;

/** Step 5, the setter's half: whether the verifier agrees with the retrospective. Its presence locks the record. */
public record Verification(UserKey verifier, boolean agrees, String note, Instant at) {
    public Verification {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
    }
}
