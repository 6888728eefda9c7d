package com.allinaccountability.core.model;

import java.util.Set;

/** The derived view of a record against its issue's facts: its stage, health flags and performance. */
public record Assessment(Stage stage, Set<HealthFlag> health, Performance performance) {
    public Assessment {
        health = Set.copyOf(health);
    }
}
