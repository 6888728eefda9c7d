package com.allinaccountability.core.model;

import java.util.Objects;

/**
 * A requirement a gate found unmet, with the reason in English. Hosts that localize look the message up by {@link
 * #messageKey()} and fall back to {@link #reason()}.
 */
public record MissingStep(Requirement requirement, String reason) {
    public MissingStep {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(reason, "reason");
    }

    public String messageKey() {
        return "accountability.gate.missing." + requirement.name();
    }
}
