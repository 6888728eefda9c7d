package com.allinaccountability.core.model;

import java.util.Objects;
import java.util.Set;

/** Entering a status of {@code toStatusCategory} requires {@code requirements}. */
public record PolicyRule(StatusCategory toStatusCategory, Set<Requirement> requirements) {
    public PolicyRule {
        Objects.requireNonNull(toStatusCategory, "toStatusCategory");
        requirements = Set.copyOf(requirements);
    }
}
