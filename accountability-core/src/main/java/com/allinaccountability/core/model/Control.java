package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Step 3: the owner's sense of control.
 *
 * @param levers what the owner controls and may decide
 * @param support what support or resources they need
 * @param rating 1 (no control) to 5 (full control)
 */
public record Control(String levers, String support, int rating, UserKey statedBy, Instant at) {
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public Control {
        Objects.requireNonNull(levers, "levers");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(statedBy, "statedBy");
        Objects.requireNonNull(at, "at");
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be 1..5");
        }
    }
}
