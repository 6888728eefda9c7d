package com.allinaccountability.core.model;

/** Something about an issue's accountability that needs attention. */
public enum HealthFlag {
    /** The expectation has no compelling why. */
    WHY_MISSING,
    /** The owner (or, before anyone declared, the assignee) has not aligned to the current revision. */
    ALIGNMENT_PENDING,
    /** Someone raised concerns about the current revision. */
    CONCERNS_OPEN,
    /** Nobody has declared themselves the owner. */
    NO_OWNER,
    /** The declared owner is not the assignee. */
    OWNER_NOT_ASSIGNEE,
    /** Unresolved and past the agreed date (or the target date while nobody agreed to a date). */
    OVERDUE,
    /** Resolved without a retrospective. */
    RETRO_MISSING,
    /** A retrospective waits for the setter's verification. */
    AWAITING_VERIFICATION,
    /** No check-in for longer than the project's cadence while the work is under way. */
    STALE_CHECKIN,
    /** The latest check-in says on track while the dates say otherwise. */
    STATUS_CONTRADICTS_DATES
}
