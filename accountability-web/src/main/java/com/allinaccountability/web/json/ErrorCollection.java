package com.allinaccountability.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Jira's error-collection shape: general messages, and messages per field (by the field's JSON name or path, e.g.
 * {@code rules[0].toStatusCategory}). Every refusal of the REST API answers one.
 *
 * @param currentVersion on a 409 only: the version now stored, so a client can say what changed and reload
 */
public record ErrorCollection(
        List<String> errorMessages,
        Map<String, String> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long currentVersion) {

    public ErrorCollection {
        errorMessages = List.copyOf(errorMessages);
        errors = Map.copyOf(errors);
    }

    public static ErrorCollection message(String message) {
        return new ErrorCollection(List.of(message), Map.of(), null);
    }

    public static ErrorCollection field(String field, String message) {
        return new ErrorCollection(List.of(), Map.of(field, message), null);
    }

    public static ErrorCollection of(List<String> messages, Map<String, String> fields) {
        return new ErrorCollection(messages, fields, null);
    }

    public static ErrorCollection conflict(String message, long currentVersion) {
        return new ErrorCollection(List.of(message), Map.of(), currentVersion);
    }
}
