package com.allinaccountability.core.model;

/** What a participant says about the current expectation. Pending is the absence of a current alignment. */
public enum AlignmentState {
    ALIGNED,
    /** Requires a comment saying what the concern is. */
    CONCERNS
}
