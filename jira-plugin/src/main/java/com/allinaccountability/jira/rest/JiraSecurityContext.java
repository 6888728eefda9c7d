package com.allinaccountability.jira.rest;

import com.allinaccountability.core.port.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The web layer's caller contract ({@code Principal#getName()} is the user <em>key</em>) built from Jira's
 * authentication context, not from the REST platform's own security context, whose principal may carry the user
 * <em>name</em>: in Jira the two differ for renamed users.
 */
final class JiraSecurityContext implements SecurityContext {
    private final Caller caller;

    JiraSecurityContext(Caller caller) {
        this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller.user().<Principal>map(key -> key::value).orElse(null);
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String getAuthenticationScheme() {
        return caller.isSignedIn() ? "Jira" : null;
    }
}
