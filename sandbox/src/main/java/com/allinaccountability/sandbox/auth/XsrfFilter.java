package com.allinaccountability.sandbox.auth;

import com.allinaccountability.sandbox.rest.JiraErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Atlassian REST's XSRF rule for writes under {@code /rest/*}: a POST, PUT, PATCH or DELETE passes if it carries
 * {@code X-Atlassian-Token: no-check} (which a cross-site form cannot send) or if it is same-origin (its {@code Origin},
 * or failing that its {@code Referer}, has the request's own scheme, host and port: {@code https://host} and {@code
 * http://host:443} are other origins). Anything else gets 403 with Jira's error collection.
 */
public final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !passes(request)) {
            JiraErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean passes(HttpServletRequest request) {
        if ("no-check".equalsIgnoreCase(request.getHeader(TOKEN_HEADER))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank() && !origin.equals("null")) {
            return sameOrigin(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer != null && sameOrigin(referer, request);
    }

    private static boolean sameOrigin(String url, HttpServletRequest request) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
