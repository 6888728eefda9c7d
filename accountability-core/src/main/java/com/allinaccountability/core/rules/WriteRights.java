package com.allinaccountability.core.rules;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Rights;

/**
 * Who may take each {@link WriteStep} (SPEC's permission table), as named policies in the manner of a
 * {@code PlacingOnHoldPolicy}: the service enforces them (a refusal is a 403) and computes from the same policies
 * which forms a panel offers, so the two cannot disagree. Browsing the issue is checked before any of them.
 */
public final class WriteRights {

    /** Why a write was refused. */
    public enum Reason {
        /** Setting the expectation needs the right to edit the issue, or being its reporter. */
        NEITHER_EDITOR_NOR_REPORTER,
        /** Control, check-ins and the retrospective are the owner's or a co-owner's. */
        NOT_OWNER_OR_CO_OWNER,
        /**
         * Verifying and reopening need the expectation setter or a project admin who was not the owner or a co-owner
         * since the judged revision, nor the retrospective's author.
         */
        NOT_AN_INDEPENDENT_VERIFIER
    }

    /** One step's rule: whether this signed-in {@code user} may take it on {@code record}. */
    @FunctionalInterface
    public interface Policy {
        Decision<Reason> decide(Caller caller, UserKey user, IssueFacts facts, AccountabilityRecord record);
    }

    /** Alignment and ownership declarations: everyone who may browse the issue speaks for themself. */
    private static final Policy ANYONE_WHO_MAY_BROWSE = (caller, user, facts, record) -> Decision.allowed();

    private final Rights rights;

    public WriteRights(Rights rights) {
        this.rights = rights;
    }

    /** The rule for {@code step}. */
    public Policy of(WriteStep step) {
        return switch (step) {
            case SET_EXPECTATION -> expectationSetters();
            case ALIGN, DECLARE, WITHDRAW -> ANYONE_WHO_MAY_BROWSE;
            case STATE_CONTROL -> owners("Only the owner or a co-owner states control.");
            case CHECK_IN -> owners("Only the owner or a co-owner posts check-ins.");
            case WRITE_RETROSPECTIVE -> owners("Only the owner or a co-owner writes the retrospective.");
            case VERIFY -> verifiers("Only the expectation setter or a project admin verifies, and never the owner, "
                    + "a co-owner or the retrospective's author.");
            case REOPEN -> verifiers("Only the expectation setter or a project admin reopens, and never the owner or "
                    + "a co-owner.");
        };
    }

    private Policy expectationSetters() {
        return (caller, user, facts, record) ->
                facts.reporter().map(caller::is).orElse(false) || rights.canEdit(caller, facts)
                        ? Decision.allowed()
                        : Decision.refused(Reason.NEITHER_EDITOR_NOR_REPORTER,
                                "Only users who may edit the issue, or its reporter, set the expectation.");
    }

    private static Policy owners(String refusal) {
        return (caller, user, facts, record) -> record.isOwnerOrCoOwner(user)
                ? Decision.allowed()
                : Decision.refused(Reason.NOT_OWNER_OR_CO_OWNER, refusal);
    }

    /**
     * The setter or a project admin, never someone who was the owner or a co-owner since the revision being judged
     * (even after withdrawing), nor the retrospective's author: verification is never by the owner alone. The host
     * is asked for admin rights only when being the setter does not settle it.
     */
    private Policy verifiers(String refusal) {
        return (caller, user, facts, record) -> {
            boolean ownerOrAuthor = record.heldOwnerRoleSinceJudgedRevision(user)
                    || record.retrospective().map(r -> r.author().equals(user)).orElse(false);
            boolean setter = record.expectation().map(e -> e.setBy().equals(user)).orElse(false);
            return !ownerOrAuthor && (setter || rights.isProjectAdmin(caller, facts.projectId()))
                    ? Decision.allowed()
                    : Decision.refused(Reason.NOT_AN_INDEPENDENT_VERIFIER, refusal);
        };
    }
}
