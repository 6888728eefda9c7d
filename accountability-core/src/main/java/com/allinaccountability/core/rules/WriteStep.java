package com.allinaccountability.core.rules;

/** The writes a caller can make on a record, one for each form the panel may offer. */
public enum WriteStep {
    SET_EXPECTATION,
    ALIGN,
    DECLARE,
    WITHDRAW,
    STATE_CONTROL,
    CHECK_IN,
    WRITE_RETROSPECTIVE,
    VERIFY,
    REOPEN
}
