package com.allinaccountability.jira.host;

import com.allinaccountability.core.port.Caller;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

/** Who is calling, from Jira's authentication context of the current request or workflow action. */
public final class JiraCallers {
    private final JiraAuthenticationContext authenticationContext;

    public JiraCallers(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The logged-in user by key, or anonymous. */
    public Caller current() {
        return of(authenticationContext.getLoggedInUser());
    }

    public static Caller of(ApplicationUser user) {
        if (user == null || user.getKey() == null || user.getKey().isBlank()) {
            return Caller.anonymous();
        }
        return Caller.of(user.getKey());
    }
}
