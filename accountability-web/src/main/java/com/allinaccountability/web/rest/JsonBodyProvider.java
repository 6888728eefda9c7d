package com.allinaccountability.web.rest;

import com.allinaccountability.web.json.ErrorCollection;
import com.allinaccountability.web.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes the REST API's JSON with {@link Json#mapper()}, for our own types only, so it never competes with
 * the host's JSON provider for anything else. A body the mapper refuses becomes a 400 in Jira's error-collection
 * shape that names the offending field by its JSON path.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class JsonBodyProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private static final String OURS = "com.allinaccountability.web";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ours(type, genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        PushbackInputStream body = new PushbackInputStream(entity, 1);
        int first = body.read();
        if (first < 0) {
            throw RefusedRequest.badRequest(ErrorCollection.message(Responses.NO_JSON_OBJECT));
        }
        body.unread(first);
        JavaType target = Json.mapper().getTypeFactory().constructType(genericType);
        try {
            return Json.mapper().readValue(body, target);
        } catch (JsonProcessingException e) {
            // A refusal from the stream itself (the body-size limit) surfaces wrapped; it wins over a parse error.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException refusal) {
                    throw refusal;
                }
            }
            throw RefusedRequest.badRequest(describe(e));
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ours(type, genericType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        Json.mapper().writeValue(entity, value);
    }

    /** What was wrong with a body, per field where Jackson knows the field. */
    static ErrorCollection describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return ErrorCollection.field(field, fieldMessage(mapping));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ErrorCollection.field(unknown.getPropertyName(), fieldMessage(unknown));
        }
        if (e instanceof MismatchedInputException) {
            return ErrorCollection.message("The body must be a JSON object with the fields this request accepts.");
        }
        return ErrorCollection.message("The body is not valid JSON: " + firstLine(e.getOriginalMessage()));
    }

    private static String fieldMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field; this request accepts: " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType())
                    + (e instanceof InvalidFormatException invalid && invalid.getValue() != null
                            ? " (got \"" + abbreviate(String.valueOf(invalid.getValue())) + "\")" : "");
        }
        return "Not a valid value: " + firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "Must be one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ".";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Must be a whole number.";
        } else if (type == Boolean.class || type == boolean.class) {
            return "Must be true or false.";
        } else if (type == String.class) {
            return "Must be a string.";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "Must be a list.";
        }
        return "Must be a JSON object.";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return abbreviate(newline < 0 ? text : text.substring(0, newline));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    private static boolean ours(Class<?> type, Type genericType) {
        if (type.getName().startsWith(OURS)) {
            return true;
        }
        if ((Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type))
                && genericType instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments())
                    .allMatch(t -> t instanceof Class<?> c && (c.getName().startsWith(OURS) || c == String.class));
        }
        return false;
    }
}
