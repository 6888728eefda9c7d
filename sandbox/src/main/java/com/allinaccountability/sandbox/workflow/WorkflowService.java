package com.allinaccountability.sandbox.workflow;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.hooks.TransitionGate;
import com.allinaccountability.sandbox.host.SandboxIssues;
import com.allinaccountability.sandbox.host.SandboxRights;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Moves sandbox issues through the {@link Workflow}, with Jira's checks in Jira's order: the issue must be browsable,
 * the caller must be signed in and may transition (edit) it, the transition must leave the current status, and the
 * {@link TransitionGate} must let it through. Used by the REST endpoint; the issue page's buttons call that endpoint.
 */
public final class WorkflowService {
    private static final System.Logger LOG = System.getLogger(WorkflowService.class.getName());

    private final SandboxIssues issues;
    private final SandboxRights rights;
    private final Workflow workflow;
    private final TransitionGate gate;
    private final Clock clock;
    private final Consumer<List<Long>> statusChanged;

    public WorkflowService(SandboxIssues issues, SandboxRights rights, Workflow workflow, TransitionGate gate,
            Clock clock) {
        this(issues, rights, workflow, gate, clock, ids -> {});
    }

    /**
     * @param statusChanged told the issue's id after each transition (its resolution may have changed what waits for
     *     whom), as Jira tells listeners of an issue event; a failure there is logged and the transition stands
     */
    public WorkflowService(SandboxIssues issues, SandboxRights rights, Workflow workflow, TransitionGate gate,
            Clock clock, Consumer<List<Long>> statusChanged) {
        this.issues = issues;
        this.rights = rights;
        this.workflow = workflow;
        this.gate = gate;
        this.clock = clock;
        this.statusChanged = statusChanged;
    }

    /** The issue if the caller may browse it; empty both for unknown issues and hidden ones, as Jira answers. */
    public Optional<IssueFacts> browsable(Caller caller, String issueKey) {
        return issues.byKey(issueKey).filter(issue -> rights.canBrowse(caller, issue));
    }

    /** The transitions the caller may try from the issue's status: none unless they may edit it. */
    public List<Transition> available(Caller caller, IssueFacts issue) {
        if (!rights.canEdit(caller, issue)) {
            return List.of();
        }
        return workflow.from(statusOf(issue));
    }

    public Outcome transition(Caller caller, String issueKey, String transitionId) {
        Optional<IssueFacts> found = browsable(caller, issueKey);
        if (found.isEmpty()) {
            return caller.isSignedIn() ? new Outcome.NotFound() : new Outcome.NotSignedIn();
        }
        IssueFacts issue = found.get();
        if (!rights.canEdit(caller, issue)) {
            return new Outcome.Forbidden();
        }
        SandboxStatus current = statusOf(issue);
        Optional<Transition> transition = workflow.find(current, transitionId);
        if (transition.isEmpty()) {
            String shown = transitionId.length() <= 40 ? transitionId : transitionId.substring(0, 40) + "…";
            return new Outcome.Invalid("Transition id '" + shown + "' is not valid for this issue.");
        }
        TransitionGate.Refusal refusal = gate.check(caller, issue, transition.get().to().category());
        if (!refusal.allowed()) {
            return new Outcome.Refused(refusal.messages());
        }
        if (!issues.changeStatus(issue.issueId(), current, transition.get().to(), clock.instant())) {
            return new Outcome.Conflict();
        }
        try {
            statusChanged.accept(List.of(issue.issueId()));
        } catch (RuntimeException e) {
            // The status change is committed; the next digest run's reconciliation repairs what was not re-derived.
            LOG.log(System.Logger.Level.WARNING, "Could not re-derive what waits on " + issue.issueKey()
                    + " after its transition", e);
        }
        return new Outcome.Done(transition.get());
    }

    private static SandboxStatus statusOf(IssueFacts issue) {
        return SandboxStatus.byName(issue.status()).orElseThrow(
                () -> new IllegalStateException(issue.issueKey() + " has a status outside the workflow: "
                        + issue.status()));
    }

    /** What became of a transition request. */
    public sealed interface Outcome {
        record Done(Transition transition) implements Outcome {}

        record NotSignedIn() implements Outcome {}

        record NotFound() implements Outcome {}

        record Forbidden() implements Outcome {}

        record Invalid(String message) implements Outcome {}

        record Refused(List<String> messages) implements Outcome {}

        /** Someone moved the issue between our read and our write. */
        record Conflict() implements Outcome {}
    }
}
