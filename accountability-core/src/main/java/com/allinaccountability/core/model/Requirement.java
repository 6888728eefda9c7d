package com.allinaccountability.core.model;

/** One accountability step a gate can require before a transition. */
public enum Requirement {
    EXPECTATION_SET,
    WHY_STATED,
    OWNER_ALIGNED,
    CONTROL_STATED,
    /** Optionally with the owner required to be the assignee; see {@link GateRequirements}. */
    OWNERSHIP_DECLARED,
    RETROSPECTIVE_WRITTEN,
    RETROSPECTIVE_VERIFIED
}
