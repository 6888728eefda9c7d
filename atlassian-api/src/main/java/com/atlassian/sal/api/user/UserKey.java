package com.atlassian.sal.api.user;

import java.io.Serializable;

// Checked against: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html (SAL 3.0.4, final class)
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    public UserKey(String userkey) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
