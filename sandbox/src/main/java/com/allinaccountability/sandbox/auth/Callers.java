package com.allinaccountability.sandbox.auth;

import com.allinaccountability.core.port.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Where the current {@link Caller} lives on a request. {@link AuthenticationFilter} puts it there for every request;
 * servlets read it with {@link #of(HttpServletRequest)}. JAX-RS resources read {@code SecurityContext.getUserPrincipal()}
 * (its name is the user key, null when anonymous) or inject the request and use {@link #of(HttpServletRequest)}.
 */
public final class Callers {

    /** The request attribute holding the {@link Caller}. */
    public static final String ATTRIBUTE = Caller.class.getName();

    private Callers() {}

    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        return caller instanceof Caller known ? known : Caller.anonymous();
    }

    /** The caller a JAX-RS {@code SecurityContext} principal stands for; anonymous for none. */
    public static Caller of(Principal principal) {
        return Optional.ofNullable(principal).map(Principal::getName).map(Caller::of).orElseGet(Caller::anonymous);
    }
}
