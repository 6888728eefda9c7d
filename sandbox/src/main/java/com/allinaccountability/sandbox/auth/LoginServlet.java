package com.allinaccountability.sandbox.auth;

import com.allinaccountability.sandbox.host.SandboxUser;
import com.allinaccountability.sandbox.host.SandboxUsers;
import com.allinaccountability.sandbox.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jira/login.jsp}: Jira's sign-in form ({@code os_username}, {@code os_password}, {@code os_destination}),
 * protected by a session-bound CSRF token. Signing in renews the session id and the token.
 */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DESTINATION = 2000;
    static final String WRONG_CREDENTIALS = "Sorry, your username and password are incorrect - please try again.";
    static final String TOKEN_MISSING = "Your session has expired or the form was not sent from this site. "
            + "Please log in again.";

    private final transient SandboxUsers users;
    private final transient CsrfTokens csrfTokens;
    private final transient Pages pages;

    public LoginServlet(SandboxUsers users, CsrfTokens csrfTokens, Pages pages) {
        this.users = users;
        this.csrfTokens = csrfTokens;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        showForm(request, response, HttpServletResponse.SC_OK, "", "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = Optional.ofNullable(request.getParameter("os_username")).orElse("").trim();
        if (!csrfTokens.isValid(request)) {
            showForm(request, response, HttpServletResponse.SC_FORBIDDEN, TOKEN_MISSING, username);
            return;
        }
        Optional<SandboxUser> user = users.authenticate(username, request.getParameter("os_password"));
        if (user.isEmpty()) {
            showForm(request, response, HttpServletResponse.SC_UNAUTHORIZED, WRONG_CREDENTIALS, username);
            return;
        }
        AuthenticationFilter.signIn(request, user.get().key());
        csrfTokens.rotate(request);
        response.sendRedirect(request.getContextPath() + safeDestination(request.getParameter("os_destination")));
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String username) throws IOException {
        pages.render(request, response, status, "Log in", "login.vm", Map.of(
                "error", error,
                "username", username,
                "destination", safeDestination(request.getParameter("os_destination")),
                "atlToken", csrfTokens.tokenFor(request)));
    }

    /**
     * Sends an anonymous visitor to the login page, to come back to the page asked for. The way back is the request's
     * own URI (still percent-encoded, so ASCII), not its decoded path.
     */
    public static void sendToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String destination = request.getRequestURI().substring(request.getContextPath().length());
        response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }

    /**
     * Only paths inside the sandbox: an absolute or protocol-relative URL would make the login page an open redirect.
     * Only printable ASCII of a sensible length, as a redirect header can carry nothing else.
     */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.length() > MAX_DESTINATION
                || !destination.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return "/projects/ACC/issues";
        }
        return destination;
    }
}
