package com.allinaccountability.sandbox.workflow;

import java.util.Objects;

/** One workflow transition, identified as Jira identifies them: by a numeric id unique in the workflow. */
public record Transition(String id, String name, SandboxStatus from, SandboxStatus to) {
    public Transition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
