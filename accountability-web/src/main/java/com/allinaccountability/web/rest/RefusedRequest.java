package com.allinaccountability.web.rest;

import com.allinaccountability.web.json.ErrorCollection;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A request refused before the core was asked (bad JSON, oversized body, wrong media type), with its error collection. */
public final class RefusedRequest extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    public RefusedRequest(int status, ErrorCollection errors) {
        super(errors.errorMessages().isEmpty() ? "Refused: " + errors.errors() : errors.errorMessages().get(0),
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(errors).build());
    }

    public static RefusedRequest badRequest(ErrorCollection errors) {
        return new RefusedRequest(400, errors);
    }
}
