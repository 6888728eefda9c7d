package com.allinaccountability.web.rest;

import com.allinaccountability.web.json.ErrorCollection;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Exception mappers that keep every error of the API in Jira's error-collection shape. */
public final class ErrorMappers {
    private ErrorMappers() {}

    /**
     * The runtime's own refusals (unknown path 404, 405, 406, 415 from {@code @Consumes}) and ours ({@link
     * RefusedRequest}, which already carries its error collection).
     */
    @Provider
    public static final class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response response = exception.getResponse();
            ErrorCollection errors = response.hasEntity() && response.getEntity() instanceof ErrorCollection own
                    ? own : ErrorCollection.message(response.getStatusInfo().getReasonPhrase());
            return Responses.error(response, errors);
        }
    }

    /** Anything unexpected: a 500 that says nothing of the internals; the cause goes to the host's log. */
    @Provider
    public static final class UnexpectedErrors implements ExceptionMapper<RuntimeException> {
        private static final System.Logger LOG = System.getLogger(UnexpectedErrors.class.getName());

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return new WebApplicationErrors().toResponse(web);
            }
            LOG.log(System.Logger.Level.ERROR, "Accountability REST request failed", exception);
            return Responses.error(500, ErrorCollection.message(
                    "The server could not complete the request. The error is in the server's log."));
        }
    }
}
