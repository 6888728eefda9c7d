package com.allinaccountability.core.model;

/** Roles in step 4. At most one active {@code OWNER} and one active {@code SPONSOR}; any number of co-owners. */
public enum OwnershipRole {
    OWNER,
    CO_OWNER,
    /** The leader who shares the outcome: "ours", not "mine". */
    SPONSOR;

    public boolean isSingular() {
        return this != CO_OWNER;
    }
}
