package com.allinaccountability.sandbox.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers the errors Jersey raises itself (bad JSON, unknown path, wrong media type) in Jira's error collection. */
public final class JsonErrorMappers {

    private JsonErrorMappers() {}

    /** Malformed JSON bodies: 400. */
    public static final class MalformedJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return JiraErrors.response(Response.Status.BAD_REQUEST, "The request body is not valid JSON: "
                    + exception.getOriginalMessage());
        }
    }

    /** 404, 405, 415 and the like raised by Jersey's own matching. */
    public static final class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            if (original.hasEntity()) {
                // A resource built this answer on purpose; keep it.
                return original;
            }
            String message = switch (original.getStatus()) {
                case 404 -> "No REST resource answers this path.";
                case 405 -> "This REST resource does not answer this method.";
                case 406 -> "This REST resource cannot answer in the requested media type.";
                case 415 -> "Send the body as application/json.";
                default -> original.getStatusInfo().getReasonPhrase();
            };
            return JiraErrors.response(original.getStatus(), java.util.List.of(message));
        }
    }
}
