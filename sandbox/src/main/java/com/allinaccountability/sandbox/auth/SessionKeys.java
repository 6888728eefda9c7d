package com.allinaccountability.sandbox.auth;

/** Names of the servlet session's attributes. */
final class SessionKeys {
    /** The signed-in user's key. */
    static final String USER = "sandbox.user";
    /** The session's anti-CSRF token for HTML forms (Jira calls it {@code atl_token}). */
    static final String CSRF_TOKEN = "sandbox.csrf";

    private SessionKeys() {}
}
