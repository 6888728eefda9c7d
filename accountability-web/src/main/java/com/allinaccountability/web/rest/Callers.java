package com.allinaccountability.web.rest;

import com.allinaccountability.core.port.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The host contract for who is calling: the host's authentication sets the request's {@link SecurityContext} so that
 * {@link SecurityContext#getUserPrincipal()} is the signed-in user, whose {@link Principal#getName()} is the user's
 * <em>key</em> (Jira's user key, not the display name), or {@code null} for an anonymous request. Jira's REST platform
 * does this; the sandbox's sign-in filter must do the same.
 */
public final class Callers {
    private Callers() {}

    public static Caller of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            return Caller.anonymous();
        }
        return Caller.of(principal.getName());
    }
}
