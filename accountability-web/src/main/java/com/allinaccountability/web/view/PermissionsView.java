package com.allinaccountability.web.view;

import com.allinaccountability.core.service.Permissions;

/** Which forms the panel shows: {@code $model.permissions.verify}. The server checks every write regardless. */
public final class PermissionsView {
    private final Permissions permissions;

    PermissionsView(Permissions permissions) {
        this.permissions = permissions;
    }

    public boolean isSetExpectation() {
        return permissions.setExpectation();
    }

    public boolean isAlign() {
        return permissions.align();
    }

    /** Only while the caller holds no active declaration: one role per person. */
    public boolean isDeclare() {
        return permissions.declare();
    }

    public boolean isWithdraw() {
        return permissions.withdraw();
    }

    public boolean isStateControl() {
        return permissions.stateControl();
    }

    public boolean isCheckIn() {
        return permissions.checkIn();
    }

    public boolean isWriteRetrospective() {
        return permissions.writeRetrospective();
    }

    public boolean isVerify() {
        return permissions.verify();
    }

    public boolean isReopen() {
        return permissions.reopen();
    }

    /** Whether any form shows at all. */
    public boolean isAny() {
        return isSetExpectation() || isAlign() || isDeclare() || isWithdraw() || isStateControl() || isCheckIn()
                || isWriteRetrospective() || isVerify() || isReopen();
    }
}
