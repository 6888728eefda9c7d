package com.allinaccountability.sandbox.auth;

import com.allinaccountability.sandbox.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /jira/logout}: a POST with the session's CSRF token ends the session; a GET (or a POST without the token)
 * only asks for confirmation, so that another site cannot sign a user out.
 */
public final class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient CsrfTokens csrfTokens;
    private final transient Pages pages;

    public LogoutServlet(CsrfTokens csrfTokens, Pages pages) {
        this.csrfTokens = csrfTokens;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        confirm(request, response, HttpServletResponse.SC_OK);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!csrfTokens.isValid(request)) {
            confirm(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.jsp");
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        boolean signedIn = Callers.of(request).isSignedIn();
        pages.render(request, response, status, "Log out", "logout.vm", Map.of(
                "signedIn", signedIn,
                "atlToken", signedIn ? csrfTokens.tokenFor(request) : ""));
    }
}
