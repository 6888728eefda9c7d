package com.allinaccountability.core.service;

import com.allinaccountability.core.model.GateRequirements;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.rules.Gate;
import java.util.Optional;

/**
 * Gate checks for workflow validators, conditions and the REST API. A check reads the record (and the policy, in
 * policy mode) with the store's constant number of indexed queries and evaluates it in memory.
 */
public final class GateService {
    private final RecordStore store;
    private final Issues issues;
    private final Rights rights;

    public GateService(RecordStore store, Issues issues, Rights rights) {
        this.store = store;
        this.issues = issues;
        this.rights = rights;
    }

    /**
     * Checks explicit requirements, as a validator configured with them does. The host has already authorised the
     * transition, so no rights are checked here.
     */
    public GateVerdict check(IssueFacts issue, GateRequirements requirements) {
        if (requirements.isEmpty()) {
            return new GateVerdict(java.util.List.of());
        }
        return Gate.evaluate(store.loadOrEmpty(issue), issue, requirements);
    }

    /** Checks what the project policy requires of this issue for entering {@code target}. */
    public GateVerdict checkPolicy(IssueFacts issue, StatusCategory target) {
        return check(issue, store.policy(issue.projectId()).requirementsFor(issue.issueType(), target));
    }

    /**
     * The REST API's gate: explicit requirements, or without them the project policy for the issue's next status
     * category (new to indeterminate, indeterminate to done).
     */
    public Outcome<GateVerdict> check(Caller caller, String issueKey, Optional<GateRequirements> requirements) {
        return Visible.issue(issues, rights, caller, issueKey).map(facts -> requirements
                .map(explicit -> check(facts, explicit))
                .orElseGet(() -> next(facts.statusCategory())
                        .map(target -> checkPolicy(facts, target))
                        .orElseGet(() -> new GateVerdict(java.util.List.of()))));
    }

    private static Optional<StatusCategory> next(StatusCategory current) {
        return switch (current) {
            case NEW -> Optional.of(StatusCategory.INDETERMINATE);
            case INDETERMINATE -> Optional.of(StatusCategory.DONE);
            case DONE -> Optional.empty();
        };
    }
}
