package com.allinaccountability.core.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What a gate checks: a set of requirements, and whether the declared owner must also be the assignee. */
public record GateRequirements(Set<Requirement> requirements, boolean ownerMustBeAssignee) {
    public GateRequirements {
        Objects.requireNonNull(requirements, "requirements");
        requirements = requirements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requirements));
    }

    public static GateRequirements of(Collection<Requirement> requirements) {
        return new GateRequirements(Set.copyOf(requirements), false);
    }

    public static GateRequirements none() {
        return new GateRequirements(Set.of(), false);
    }

    public boolean isEmpty() {
        return requirements.isEmpty();
    }
}
