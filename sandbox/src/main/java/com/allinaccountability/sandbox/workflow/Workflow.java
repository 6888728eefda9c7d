package com.allinaccountability.sandbox.workflow;

import java.util.List;
import java.util.Optional;

/** The sandbox's one workflow: To Do → In Progress → In Review → Done, and the way back. */
public final class Workflow {

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition("11", "Start Progress", SandboxStatus.TO_DO, SandboxStatus.IN_PROGRESS),
            new Transition("21", "Submit for Review", SandboxStatus.IN_PROGRESS, SandboxStatus.IN_REVIEW),
            new Transition("31", "Done", SandboxStatus.IN_REVIEW, SandboxStatus.DONE),
            new Transition("41", "Stop Progress", SandboxStatus.IN_PROGRESS, SandboxStatus.TO_DO),
            new Transition("51", "Back to In Progress", SandboxStatus.IN_REVIEW, SandboxStatus.IN_PROGRESS),
            new Transition("61", "Reopen", SandboxStatus.DONE, SandboxStatus.TO_DO));

    /** The transitions that leave {@code status}, in the order the issue page shows them. */
    public List<Transition> from(SandboxStatus status) {
        return TRANSITIONS.stream().filter(t -> t.from() == status).toList();
    }

    /** The transition with this id if it leaves {@code status}; empty if unknown or not available there. */
    public Optional<Transition> find(SandboxStatus status, String transitionId) {
        return from(status).stream().filter(t -> t.id().equals(transitionId)).findFirst();
    }
}
