package com.allinaccountability.web.view;

import com.allinaccountability.core.rules.Limits;

/** The core's text limits for the forms' {@code maxlength}: {@code $model.limits.outcome}. */
public final class LimitsView {
    public int getOutcome() {
        return Limits.OUTCOME;
    }

    public int getWhy() {
        return Limits.WHY;
    }

    public int getGoalLink() {
        return Limits.GOAL_LINK;
    }

    public int getComment() {
        return Limits.ALIGNMENT_COMMENT;
    }

    public int getLevers() {
        return Limits.LEVERS;
    }

    public int getSupport() {
        return Limits.SUPPORT;
    }

    public int getStatement() {
        return Limits.STATEMENT;
    }

    public int getWithdrawReason() {
        return Limits.WITHDRAW_REASON;
    }

    public int getCheckinNote() {
        return Limits.CHECKIN_NOTE;
    }

    public int getEvidence() {
        return Limits.EVIDENCE;
    }

    public int getWentWell() {
        return Limits.WENT_WELL;
    }

    public int getToImprove() {
        return Limits.TO_IMPROVE;
    }

    public int getLessons() {
        return Limits.LESSONS;
    }

    public int getNextCommitment() {
        return Limits.NEXT_COMMITMENT;
    }

    public int getVerificationNote() {
        return Limits.VERIFICATION_NOTE;
    }

    public int getReopenReason() {
        return Limits.REOPEN_REASON;
    }
}
