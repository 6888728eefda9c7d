package com.allinaccountability.jira.admin;

/** Exposes the servlet's page template path (package-private) to the descriptor test. */
public final class PolicyAdminServletAccess {
    public static final String TEMPLATE = PolicyAdminServlet.PAGE;

    private PolicyAdminServletAccess() {}
}
