package com.allinaccountability.core.rules;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.GateRequirements;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.MissingStep;
import com.allinaccountability.core.model.MissingStep.Reason;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a record against a gate's requirements. Each requirement is a named policy that holds ({@link
 * Decision.Allowed}) or gives the reason it does not, as a code and in English, so a validator can name every missing
 * step at once.
 */
public final class Gate {
    private Gate() {}

    public static GateVerdict evaluate(AccountabilityRecord record, IssueFacts facts, GateRequirements gate) {
        List<MissingStep> missing = new ArrayList<>();
        for (Requirement requirement : Requirement.values()) {
            if (gate.requirements().contains(requirement)
                    && check(requirement, record, facts, gate.ownerMustBeAssignee())
                            instanceof Decision.Refused<Reason> refused) {
                missing.add(new MissingStep(requirement, refused.reason(), refused.message()));
            }
        }
        return new GateVerdict(missing);
    }

    private static Decision<Reason> check(
            Requirement requirement, AccountabilityRecord record, IssueFacts facts, boolean ownerMustBeAssignee) {
        return switch (requirement) {
            case EXPECTATION_SET -> holdsUnless(record.expectation().isEmpty(), Reason.NO_EXPECTATION,
                    "No expectation is set: state the expected outcome and a target date.");
            case WHY_STATED -> holdsUnless(record.expectation().filter(e -> e.hasWhy()).isEmpty(), Reason.NO_WHY,
                    "The why is not stated: say why this outcome matters.");
            case OWNER_ALIGNED -> ownerAligned(record, facts);
            case CONTROL_STATED -> holdsUnless(record.control().isEmpty(), Reason.NO_CONTROL_STATED,
                    "The owner has not stated what they control and what support they need.");
            case OWNERSHIP_DECLARED -> ownershipDeclared(record, facts, ownerMustBeAssignee);
            case RETROSPECTIVE_WRITTEN -> holdsUnless(record.retrospective().isEmpty(), Reason.NO_RETROSPECTIVE,
                    "No retrospective is written: the owner assesses the result against the expectation.");
            case RETROSPECTIVE_VERIFIED -> holdsUnless(record.verification().isEmpty(), Reason.NOT_VERIFIED,
                    "The retrospective is not verified by the expectation setter or a project admin.");
        };
    }

    private static Decision<Reason> ownerAligned(AccountabilityRecord record, IssueFacts facts) {
        if (record.expectation().isEmpty()) {
            return Decision.refused(Reason.NO_EXPECTATION, "The owner cannot align before an expectation is set.");
        }
        Optional<UserKey> person = Assessor.accountablePerson(record, facts);
        if (person.isEmpty()) {
            return Decision.refused(Reason.NOBODY_TO_ALIGN,
                    "Nobody is there to align: declare an owner or assign the issue.");
        }
        Optional<Alignment> alignment = record.currentAlignmentOf(person.get());
        if (alignment.isEmpty()) {
            return Decision.refused(Reason.NOT_ALIGNED_TO_CURRENT_REVISION, person.get().value()
                    + " has not aligned to revision " + record.currentRevision() + " of the expectation.");
        }
        if (alignment.get().state() == AlignmentState.CONCERNS) {
            return Decision.refused(Reason.CONCERNS_UNRESOLVED,
                    person.get().value() + " has concerns about the expectation that are not resolved.");
        }
        return Decision.allowed();
    }

    private static Decision<Reason> ownershipDeclared(
            AccountabilityRecord record, IssueFacts facts, boolean ownerMustBeAssignee) {
        Optional<UserKey> owner = record.owner();
        if (owner.isEmpty()) {
            return Decision.refused(Reason.NO_OWNER, "Nobody has declared ownership of the outcome.");
        }
        if (ownerMustBeAssignee && !owner.equals(facts.assignee())) {
            return Decision.refused(Reason.OWNER_NOT_ASSIGNEE,
                    "The declared owner " + owner.get().value() + " is not the assignee.");
        }
        return Decision.allowed();
    }

    private static Decision<Reason> holdsUnless(boolean missing, Reason reason, String message) {
        return missing ? Decision.refused(reason, message) : Decision.allowed();
    }
}
