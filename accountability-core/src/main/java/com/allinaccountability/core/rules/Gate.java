package com.allinaccountability.core.rules;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.GateRequirements;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.MissingStep;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a record against a gate's requirements. Each requirement is a named policy that either holds or gives the
 * reason it does not, so a validator can name every missing step at once.
 */
public final class Gate {
    private Gate() {}

    public static GateVerdict evaluate(AccountabilityRecord record, IssueFacts facts, GateRequirements gate) {
        List<MissingStep> missing = new ArrayList<>();
        for (Requirement requirement : Requirement.values()) {
            if (gate.requirements().contains(requirement)) {
                check(requirement, record, facts, gate.ownerMustBeAssignee())
                        .ifPresent(reason -> missing.add(new MissingStep(requirement, reason)));
            }
        }
        return new GateVerdict(missing);
    }

    private static Optional<String> check(
            Requirement requirement, AccountabilityRecord record, IssueFacts facts, boolean ownerMustBeAssignee) {
        return switch (requirement) {
            case EXPECTATION_SET -> record.expectation().isPresent()
                    ? Optional.empty()
                    : Optional.of("No expectation is set: state the expected outcome and a target date.");
            case WHY_STATED -> record.expectation().filter(e -> e.hasWhy()).isPresent()
                    ? Optional.empty()
                    : Optional.of("The why is not stated: say why this outcome matters.");
            case OWNER_ALIGNED -> ownerAligned(record, facts);
            case CONTROL_STATED -> record.control().isPresent()
                    ? Optional.empty()
                    : Optional.of("The owner has not stated what they control and what support they need.");
            case OWNERSHIP_DECLARED -> ownershipDeclared(record, facts, ownerMustBeAssignee);
            case RETROSPECTIVE_WRITTEN -> record.retrospective().isPresent()
                    ? Optional.empty()
                    : Optional.of("No retrospective is written: the owner assesses the result against the expectation.");
            case RETROSPECTIVE_VERIFIED -> record.verification().isPresent()
                    ? Optional.empty()
                    : Optional.of("The retrospective is not verified by the expectation setter or a project admin.");
        };
    }

    private static Optional<String> ownerAligned(AccountabilityRecord record, IssueFacts facts) {
        if (record.expectation().isEmpty()) {
            return Optional.of("The owner cannot align before an expectation is set.");
        }
        Optional<UserKey> person = Assessor.accountablePerson(record, facts);
        if (person.isEmpty()) {
            return Optional.of("Nobody is there to align: declare an owner or assign the issue.");
        }
        Optional<Alignment> alignment = record.currentAlignmentOf(person.get());
        if (alignment.isEmpty()) {
            return Optional.of(person.get().value() + " has not aligned to revision " + record.currentRevision()
                    + " of the expectation.");
        }
        if (alignment.get().state() == AlignmentState.CONCERNS) {
            return Optional.of(person.get().value() + " has concerns about the expectation that are not resolved.");
        }
        return Optional.empty();
    }

    private static Optional<String> ownershipDeclared(
            AccountabilityRecord record, IssueFacts facts, boolean ownerMustBeAssignee) {
        Optional<UserKey> owner = record.owner();
        if (owner.isEmpty()) {
            return Optional.of("Nobody has declared ownership of the outcome.");
        }
        if (ownerMustBeAssignee && !owner.equals(facts.assignee())) {
            return Optional.of("The declared owner " + owner.get().value() + " is not the assignee.");
        }
        return Optional.empty();
    }
}
