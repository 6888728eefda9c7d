package com.allinaccountability.web.rest;

import com.allinaccountability.web.json.ErrorCollection;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Every write must say it is JSON: a request without {@code Content-Type: application/json} gets 415 even where the
 * JAX-RS runtime would have guessed. Beside correctness, it is half of the CSRF defence: an HTML form cannot send JSON.
 * (The other half, {@code X-Atlassian-Token} or same origin, is the host's: Jira's REST platform or the sandbox.)
 */
@Provider
public final class JsonOnlyWrites implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            throw new RefusedRequest(415, ErrorCollection.message(
                    "Writes accept only Content-Type: application/json."));
        }
    }
}
