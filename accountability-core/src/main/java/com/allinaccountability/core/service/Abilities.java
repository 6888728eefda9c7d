package com.allinaccountability.core.service;

/**
 * What the caller may do on a record now (declare: only while they hold no active role, one role per person;
 * withdraw: only the role they hold), by the same rules the service enforces, so a panel shows only the forms its
 * user may use. The server still checks every write.
 */
public record Abilities(
        boolean setExpectation,
        boolean align,
        boolean declare,
        boolean withdraw,
        boolean stateControl,
        boolean checkIn,
        boolean writeRetrospective,
        boolean verify,
        boolean reopen) {

    public static Abilities none() {
        return new Abilities(false, false, false, false, false, false, false, false, false);
    }
}
