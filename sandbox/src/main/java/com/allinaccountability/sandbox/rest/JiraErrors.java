package com.allinaccountability.sandbox.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira's error collection, {@code {"errorMessages":[...],"errors":{...}}}, for servlets, filters and resources. */
public final class JiraErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraErrors() {}

    /** The error collection as a map that Jackson writes in Jira's field order. */
    public static Map<String, Object> body(List<String> errorMessages, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", List.copyOf(errorMessages));
        body.put("errors", new LinkedHashMap<>(errors));
        return body;
    }

    public static Response response(Response.Status status, String... errorMessages) {
        return response(status.getStatusCode(), List.of(errorMessages));
    }

    public static Response response(int status, List<String> errorMessages) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(errorMessages, Map.of())).build();
    }

    /** Writes the error collection from outside JAX-RS (filters), e.g. the XSRF check's 403. */
    public static void write(HttpServletResponse response, int status, String... errorMessages) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body(List.of(errorMessages), Map.of()));
    }
}
