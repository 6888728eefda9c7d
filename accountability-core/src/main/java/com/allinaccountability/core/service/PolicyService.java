package com.allinaccountability.core.service;

import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.rules.Limits;
import com.allinaccountability.core.rules.Violations;
import com.allinaccountability.core.service.Inputs.PolicyInput;
import com.allinaccountability.core.service.Inputs.PolicyRuleInput;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and changes a project's accountability policy. Only project admins change it. */
public final class PolicyService {
    private final RecordStore store;
    private final Issues issues;
    private final Rights rights;

    public PolicyService(RecordStore store, Issues issues, Rights rights) {
        this.store = store;
        this.issues = issues;
        this.rights = rights;
    }

    /** The policy, for anyone who may browse the project (the panel and validators explain what it requires). */
    public Outcome<ProjectPolicy> policy(Caller caller, String projectKey) {
        return project(caller, projectKey).map(store::policy);
    }

    public Outcome<ProjectPolicy> savePolicy(Caller caller, String projectKey, PolicyInput input, long version) {
        if (caller.user().isEmpty()) {
            return new Outcome.NotSignedIn<>();
        }
        return project(caller, projectKey).then(projectId -> {
            if (!rights.isProjectAdmin(caller, projectId)) {
                return new Outcome.Forbidden<>("Only project admins change the accountability policy.");
            }
            ProjectPolicy stored = store.policy(projectId);
            if (stored.version() != version) {
                return new Outcome.Conflict<>("The policy changed since you read it (version " + version + ", now "
                        + stored.version() + "). Reload and try again.", stored.version());
            }
            Violations violations = validate(input);
            if (violations.any()) {
                return new Outcome.Invalid<>(violations.fields(), violations.messages());
            }
            List<PolicyRule> rules = new ArrayList<>();
            for (PolicyRuleInput rule : input.rules()) {
                rules.add(new PolicyRule(rule.toStatusCategory(), rule.requirements()));
            }
            ProjectPolicy policy = new ProjectPolicy(projectId, new LinkedHashSet<>(trimmed(input.issueTypes())),
                    rules, input.ownerMustBeAssignee(),
                    input.checkinCadenceDays().orElse(ProjectPolicy.DEFAULT_CHECKIN_CADENCE_DAYS), version);
            RecordStore.PolicySaveResult result = store.savePolicy(policy);
            if (result instanceof RecordStore.PolicySaveResult.Saved saved) {
                return Outcome.done(saved.policy());
            }
            return new Outcome.Conflict<>("Someone else changed the policy at the same time. Reload and try again.",
                    ((RecordStore.PolicySaveResult.Stale) result).storedVersion());
        });
    }

    private static Violations validate(PolicyInput input) {
        Violations violations = new Violations();
        if (input.issueTypes().size() > Limits.ISSUE_TYPES) {
            violations.field("issueTypes", "At most " + Limits.ISSUE_TYPES + " issue types.");
        }
        for (String type : input.issueTypes()) {
            if (type.isBlank()) {
                violations.field("issueTypes", "Issue type names must be 1 to " + Limits.ISSUE_TYPE
                        + " characters.");
            }
            violations.maxLength("issueTypes", type, Limits.ISSUE_TYPE);
        }
        Set<StatusCategory> seen = EnumSet.noneOf(StatusCategory.class);
        for (PolicyRuleInput rule : input.rules()) {
            if (!seen.add(rule.toStatusCategory())) {
                violations.field("rules", "Only one rule per status category (" + rule.toStatusCategory().key()
                        + " appears twice).");
            }
        }
        Optional<Integer> cadence = input.checkinCadenceDays();
        if (cadence.isPresent() && (cadence.get() < 1 || cadence.get() > ProjectPolicy.MAX_CHECKIN_CADENCE_DAYS)) {
            violations.field("checkinCadenceDays", "Must be between 1 and "
                    + ProjectPolicy.MAX_CHECKIN_CADENCE_DAYS + " days.");
        }
        return violations;
    }

    private static List<String> trimmed(List<String> types) {
        return types.stream().map(String::trim).toList();
    }

    private Outcome<Long> project(Caller caller, String projectKey) {
        return Visible.project(issues, rights, caller, projectKey);
    }
}
