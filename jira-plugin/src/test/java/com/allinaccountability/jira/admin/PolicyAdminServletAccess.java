package com.allinaccountability.jira.admin;

/** Exposes the servlet's template path (package-private) to the descriptor test. */
public final class PolicyAdminServletAccess {
    public static final String TEMPLATE = PolicyAdminServlet.TEMPLATE;

    private PolicyAdminServletAccess() {}
}
