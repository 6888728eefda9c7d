package com.allinaccountability.web.view;

import com.allinaccountability.core.service.Abilities;

/** Which forms the panel shows: {@code $model.can.verify}. The server checks every write regardless. */
public final class PermissionsView {
    private final Abilities abilities;

    PermissionsView(Abilities abilities) {
        this.abilities = abilities;
    }

    public boolean isSetExpectation() {
        return abilities.setExpectation();
    }

    public boolean isAlign() {
        return abilities.align();
    }

    /** Only while the caller holds no active declaration: one role per person. */
    public boolean isDeclare() {
        return abilities.declare();
    }

    public boolean isWithdraw() {
        return abilities.withdraw();
    }

    public boolean isStateControl() {
        return abilities.stateControl();
    }

    public boolean isCheckIn() {
        return abilities.checkIn();
    }

    public boolean isWriteRetrospective() {
        return abilities.writeRetrospective();
    }

    public boolean isVerify() {
        return abilities.verify();
    }

    public boolean isReopen() {
        return abilities.reopen();
    }

    /** Whether any form shows at all. */
    public boolean isAny() {
        return isSetExpectation() || isAlign() || isDeclare() || isWithdraw() || isStateControl() || isCheckIn()
                || isWriteRetrospective() || isVerify() || isReopen();
    }
}
