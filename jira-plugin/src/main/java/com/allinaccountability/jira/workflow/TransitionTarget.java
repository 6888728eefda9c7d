package com.allinaccountability.jira.workflow;

import com.allinaccountability.core.model.StatusCategory;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.Map;
import java.util.Optional;

/**
 * The status category a transition leads to, which the project policy is keyed by. OSWorkflow puts the workflow
 * ({@code "descriptor"}) and the action being executed ({@code "actionId"}) into the transient variables of a
 * transition; the action's unconditional result names the target step, and Jira links each step to a status through
 * the step's {@code jira.status.id} meta attribute. Conditions are evaluated while Jira lists the available actions,
 * when OSWorkflow sets no {@code actionId}: then the target is unknown (empty).
 */
public final class TransitionTarget {
    /** Jira's step meta attribute linking a workflow step to its status. */
    static final String STATUS_ID_META = "jira.status.id";

    private final ConstantsManager constantsManager;

    public TransitionTarget(ConstantsManager constantsManager) {
        this.constantsManager = constantsManager;
    }

    public Optional<StatusCategory> of(Map<?, ?> transientVars) {
        if (!(transientVars.get("descriptor") instanceof WorkflowDescriptor workflow)
                || !(transientVars.get("actionId") instanceof Integer actionId)) {
            return Optional.empty();
        }
        ActionDescriptor action = workflow.getAction(actionId);
        if (action == null) {
            return Optional.empty();
        }
        ResultDescriptor result = action.getUnconditionalResult();
        if (result == null) {
            return Optional.empty();
        }
        StepDescriptor step = workflow.getStep(result.getStep());
        if (step == null || step.getMetaAttributes() == null) {
            return Optional.empty();
        }
        Object statusId = step.getMetaAttributes().get(STATUS_ID_META);
        if (statusId == null) {
            return Optional.empty();
        }
        Status status = constantsManager.getStatus(statusId.toString());
        if (status == null || status.getStatusCategory() == null) {
            return Optional.empty();
        }
        return StatusCategory.fromKey(status.getStatusCategory().getKey());
    }
}
