package com.allinaccountability.web.rest;

import com.allinaccountability.core.rules.Violations;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.web.json.ErrorCollection;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** Maps the core's {@link Outcome}s to HTTP: the only place that knows which refusal is which status. */
public final class Responses {
    static final String NOT_SIGNED_IN = "You are not signed in. Sign in and try again.";
    static final String NO_JSON_OBJECT = "The request needs a JSON object as its body.";

    private Responses() {}

    public static <T> Response of(Outcome<T> outcome, Function<? super T, ?> body) {
        if (outcome instanceof Outcome.Done<T> done) {
            return ok(body.apply(done.value())).build();
        }
        return refusal(outcome);
    }

    /** A successful answer; per-user data, so no cache may keep it. */
    public static Response.ResponseBuilder ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore());
    }

    public static Response refusal(Outcome<?> outcome) {
        if (outcome instanceof Outcome.NotSignedIn<?>) {
            return error(401, ErrorCollection.message(NOT_SIGNED_IN));
        } else if (outcome instanceof Outcome.NotFound<?> notFound) {
            return error(404, ErrorCollection.message(notFound.message()));
        } else if (outcome instanceof Outcome.Forbidden<?> forbidden) {
            return error(403, ErrorCollection.message(forbidden.message()));
        } else if (outcome instanceof Outcome.Invalid<?> invalid) {
            return error(400, ErrorCollection.of(invalid.messages(), invalid.fields()));
        } else if (outcome instanceof Outcome.Conflict<?> conflict) {
            return error(409, ErrorCollection.conflict(conflict.message(), conflict.currentVersion()));
        }
        throw new IllegalArgumentException("Not a refusal: " + outcome);
    }

    public static Response error(int status, ErrorCollection errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(errors).build();
    }

    /** The runtime's own refusal in our shape, keeping its headers (e.g. a 405's {@code Allow}). */
    public static Response error(Response refusal, ErrorCollection errors) {
        return Response.fromResponse(refusal).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(errors).build();
    }

    /** A 400 with what could not be parsed, per field. */
    public static Response invalid(Violations violations) {
        return error(400, ErrorCollection.of(violations.messages(), violations.fields()));
    }

    /** A 400 for a write that came without a JSON object as its body. */
    public static Response noJsonObject() {
        return error(400, ErrorCollection.message(NO_JSON_OBJECT));
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
