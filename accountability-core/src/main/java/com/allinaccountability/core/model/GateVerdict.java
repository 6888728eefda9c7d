package com.allinaccountability.core.model;

import java.util.List;

/** The answer of a gate: passed, or each missing step with its reason, in the order of {@link Requirement}. */
public record GateVerdict(List<MissingStep> missing) {
    public GateVerdict {
        missing = List.copyOf(missing);
    }

    public boolean passed() {
        return missing.isEmpty();
    }
}
