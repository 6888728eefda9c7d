package com.allinaccountability.jira.workflow;

import com.allinaccountability.core.model.GateRequirements;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.jira.host.JiraIssues;
import com.atlassian.jira.issue.Issue;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the validator and the condition share: find the issue in the transient variables, decide whether the
 * configured gate applies, and ask the core's {@link GateService}. No rule lives here.
 */
public final class GateCheck {
    private static final Logger LOG = LoggerFactory.getLogger(GateCheck.class);

    private final GateService gates;
    private final JiraIssues issues;
    private final TransitionTarget target;

    public GateCheck(GateService gates, JiraIssues issues, TransitionTarget target) {
        this.gates = gates;
        this.issues = issues;
        this.target = target;
    }

    /** The outcome of one check: the issue checked, the verdict, or "not checked" and why. */
    public sealed interface Result {
        record Checked(IssueFacts issue, GateVerdict verdict) implements Result {}

        /** The gate does not apply (issue type not chosen, nothing required) or cannot tell (target unknown). */
        record NotApplicable(String why) implements Result {}
    }

    public Result check(Map<?, ?> transientVars, Map<?, ?> args) {
        Issue issue = issue(transientVars).orElseThrow(() ->
                new IllegalStateException("The workflow passed no issue to the accountability gate"));
        if (issue.getId() == null) {
            // The Create transition: validators run before Jira stores the issue, so it has no id, no key and no
            // record yet. Gating it would only make the issue impossible to create.
            return new Result.NotApplicable("the issue is being created and has no record yet");
        }
        IssueFacts facts = issues.facts(issue);
        GateConfiguration configuration = GateConfiguration.fromArgs(args);
        if (!configuration.appliesTo(facts.issueType())) {
            return new Result.NotApplicable("issue type " + facts.issueType() + " is not gated");
        }
        if (configuration.usePolicy()) {
            Optional<StatusCategory> entering = entering(transientVars);
            if (entering.isEmpty()) {
                return new Result.NotApplicable("the transition's target status category is unknown here");
            }
            return new Result.Checked(facts, gates.checkPolicy(facts, entering.get()));
        }
        return new Result.Checked(facts, gates.check(facts,
                new GateRequirements(configuration.requirements(), configuration.ownerMustBeAssignee())));
    }

    private Optional<StatusCategory> entering(Map<?, ?> transientVars) {
        try {
            return target.of(transientVars);
        } catch (RuntimeException | LinkageError e) {
            // ConstantsManager.getStatus(String) is an assumed Jira API (see atlassian-api/VERIFICATION.md).
            LOG.warn("Could not find the status category this transition enters; the policy gate is not applied", e);
            return Optional.empty();
        }
    }

    /**
     * The transitioning issue: {@code "issue"} (the issue being transitioned, also set on create), else the original
     * issue object Jira passes to conditions.
     */
    static Optional<Issue> issue(Map<?, ?> transientVars) {
        if (transientVars.get("issue") instanceof Issue issue) {
            return Optional.of(issue);
        }
        if (transientVars.get("originalissueobject") instanceof Issue original) {
            return Optional.of(original);
        }
        return Optional.empty();
    }
}
