package com.allinaccountability.core.service;

import com.allinaccountability.core.rules.WriteStep;
import java.util.function.Predicate;

/**
 * Which writes the caller may make on a record now, so a panel shows only the forms its user may use: each is the
 * step's {@link com.allinaccountability.core.rules.WriteRights} policy, the very one the service enforces, and the
 * record being in a state where the step makes sense (declare: only while the caller holds no active role, one role
 * per person; withdraw: only the role they hold). The server still checks every write.
 */
public record Permissions(
        boolean setExpectation,
        boolean align,
        boolean declare,
        boolean withdraw,
        boolean stateControl,
        boolean checkIn,
        boolean writeRetrospective,
        boolean verify,
        boolean reopen) {

    public static Permissions none() {
        return of(step -> false);
    }

    /** The permissions where {@code permitted} holds, asked step by step in {@link WriteStep} order. */
    public static Permissions of(Predicate<WriteStep> permitted) {
        return new Permissions(
                permitted.test(WriteStep.SET_EXPECTATION),
                permitted.test(WriteStep.ALIGN),
                permitted.test(WriteStep.DECLARE),
                permitted.test(WriteStep.WITHDRAW),
                permitted.test(WriteStep.STATE_CONTROL),
                permitted.test(WriteStep.CHECK_IN),
                permitted.test(WriteStep.WRITE_RETROSPECTIVE),
                permitted.test(WriteStep.VERIFY),
                permitted.test(WriteStep.REOPEN));
    }
}
