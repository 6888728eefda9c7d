package com.allinaccountability.sandbox.auth;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.host.SandboxUser;
import com.allinaccountability.sandbox.host.SandboxUsers;
import com.allinaccountability.sandbox.rest.JiraErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds out who is calling, for every request: the session's signed-in user, or, on {@code /rest/*}, HTTP Basic
 * credentials as Jira accepts them. Puts the {@link Caller} on the request ({@link Callers#ATTRIBUTE}) and wraps the
 * request so that {@code getUserPrincipal()} (and with it Jersey's {@code SecurityContext}) names the user key.
 * Wrong Basic credentials get a 401 at once, as in Jira, rather than silently falling back to anonymous.
 */
public final class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int VERIFIED_CACHE_LIMIT = 1_000;

    private final transient SandboxUsers users;
    /**
     * Digests of Basic headers already verified, so that a benchmark or a script does not pay PBKDF2 (by design
     * slow) on every call. Only successful checks are kept, as a salted digest, never the password itself; sandbox
     * passwords never change while it runs.
     */
    private final transient Map<String, UserKey> verifiedBasic = new ConcurrentHashMap<>();
    private final byte[] cacheSalt = new byte[16];

    public AuthenticationFilter(SandboxUsers users) {
        this.users = users;
        new SecureRandom().nextBytes(cacheSalt);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UserKey> user = Optional.empty();
        String authorization = request.getHeader("Authorization");
        if (isRest(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basicUser(authorization);
            if (user.isEmpty()) {
                JiraErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "The username or password you supplied is not correct.");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SessionKeys.USER) instanceof String key) {
                user = Optional.of(UserKey.of(key));
            }
        }
        Caller caller = new Caller(user);
        request.setAttribute(Callers.ATTRIBUTE, caller);
        chain.doFilter(user.isPresent() ? new SignedInRequest(request, user.get()) : request, response);
    }

    static boolean isRest(HttpServletRequest request) {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        return path.startsWith("/rest/");
    }

    private Optional<UserKey> basicUser(String authorization) {
        String digest = digest(authorization);
        UserKey known = verifiedBasic.get(digest);
        if (known != null) {
            return Optional.of(known);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Optional<UserKey> user = users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                .map(SandboxUser::key);
        user.ifPresent(key -> {
            if (verifiedBasic.size() >= VERIFIED_CACHE_LIMIT) {
                verifiedBasic.clear();
            }
            verifiedBasic.put(digest, key);
        });
        return user;
    }

    private String digest(String authorization) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(cacheSalt);
            return Base64.getEncoder().encodeToString(sha.digest(authorization.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Signs the user in on this session; the session id changes so a planted session id is worthless. */
    static void signIn(HttpServletRequest request, UserKey user) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SessionKeys.USER, user.value());
    }

    /** The request as seen by servlets and Jersey once the user is known. */
    private static final class SignedInRequest extends HttpServletRequestWrapper {
        private final Principal principal;

        SignedInRequest(HttpServletRequest request, UserKey user) {
            super(request);
            this.principal = user::value;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }

        @Override
        public String getAuthType() {
            return "SANDBOX";
        }
    }
}
