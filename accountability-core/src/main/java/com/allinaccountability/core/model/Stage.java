package com.allinaccountability.core.model;

/** How far an issue's accountability has come, derived from the record, never stored by hand. */
public enum Stage {
    NONE,
    EXPECTATION_SET,
    ALIGNED,
    OWNED,
    RETROSPECTIVE_WRITTEN,
    VERIFIED
}
