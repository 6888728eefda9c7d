package com.allinaccountability.sandbox.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: no MIME sniffing, no framing by other sites, no full URLs leaked in referrers, and a
 * Content-Security-Policy under which only the sandbox's own script files run: no inline script, no event-handler
 * attribute, no {@code eval}, nothing from another origin. Every user string is escaped where it is shown; this policy
 * is the second line, so that a future escaping slip still cannot execute. Inline styles stay allowed ({@code
 * style-src 'unsafe-inline'}): AUI sets some, and a style cannot run code.
 */
public final class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy, one directive per concern; {@code 'self'} is the sandbox's own origin. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        chain.doFilter(request, response);
    }
}
