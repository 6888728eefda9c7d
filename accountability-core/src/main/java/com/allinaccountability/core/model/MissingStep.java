package com.allinaccountability.core.model;

import java.util.Objects;

/**
 * A requirement a gate found unmet: why, as a code for code and in English for people. Hosts that localize look the
 * message up by {@link #messageKey()} and fall back to {@link #reason()}.
 */
public record MissingStep(Requirement requirement, Reason reasonCode, String reason) {

    /** Why a requirement is unmet; several requirements can fail for the same reason (no expectation yet). */
    public enum Reason {
        NO_EXPECTATION,
        NO_WHY,
        NOBODY_TO_ALIGN,
        NOT_ALIGNED_TO_CURRENT_REVISION,
        CONCERNS_UNRESOLVED,
        NO_CONTROL_STATED,
        NO_OWNER,
        OWNER_NOT_ASSIGNEE,
        NO_RETROSPECTIVE,
        NOT_VERIFIED
    }

    public MissingStep {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
    }

    public String messageKey() {
        return "accountability.gate.missing." + requirement.name();
    }
}
