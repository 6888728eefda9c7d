package com.allinaccountability.core.model;

/** What a step of an issue waits for a person to do (SPEC, "Waiting for me"); the REST API uses these names. */
public enum NextAction {
    /** Align with the current expectation revision (again after a revision). */
    ALIGN,
    /** The assignee of an issue whose expectation they aligned with, which nobody has declared ownership of. */
    DECLARE_OWNERSHIP,
    /** The owner of an owned issue who has not stated their sense of control. */
    STATE_CONTROL,
    /** The owner, once the project's check-in cadence has passed since the last check-in (or alignment). */
    CHECK_IN,
    /** The owner of a resolved issue without a retrospective. */
    WRITE_RETROSPECTIVE,
    /** The setter of the judged expectation, never someone who was an owner since it was set. */
    VERIFY,
    /** The setter of an expectation on whose current revision someone raised concerns. */
    ANSWER_CONCERN
}
