package com.allinaccountability.sandbox.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Anti-CSRF tokens for the HTML forms (sign-in, sign-out), bound to the servlet session: a form posted from another
 * site cannot know the token of the victim's session.
 */
public final class CsrfTokens {

    /** The form field carrying the token, named as in Jira. */
    public static final String FIELD = "atl_token";

    private final SecureRandom random = new SecureRandom();

    /** The session's token, created (with the session) if needed. */
    public String tokenFor(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SessionKeys.CSRF_TOKEN);
        if (token instanceof String existing) {
            return existing;
        }
        String fresh = newToken();
        session.setAttribute(SessionKeys.CSRF_TOKEN, fresh);
        return fresh;
    }

    /** Whether the request's form token matches its session's; constant-time. */
    public boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        if (session == null || sent == null) {
            return false;
        }
        Object expected = session.getAttribute(SessionKeys.CSRF_TOKEN);
        return expected instanceof String token && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the session's token, e.g. after signing in, so a token seen before sign-in is worthless after it. */
    public void rotate(HttpServletRequest request) {
        request.getSession(true).setAttribute(SessionKeys.CSRF_TOKEN, newToken());
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
