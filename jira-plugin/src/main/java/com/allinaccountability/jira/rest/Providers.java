package com.allinaccountability.jira.rest;

import com.allinaccountability.web.rest.ErrorMappers;
import com.allinaccountability.web.rest.JsonBodyProvider;
import com.allinaccountability.web.rest.JsonOnlyWrites;
import com.allinaccountability.web.rest.RequestBodyLimit;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The web layer's JAX-RS providers (strict JSON, the 413/415 guards, Jira-shaped errors), re-declared in the package
 * the REST module scans: Jira's REST module registers the {@code @Provider} classes it finds in its
 * {@code <package>}, and the web layer's own package is deliberately not scanned (its resources carry no Atlassian
 * access annotations). Each class only delegates.
 */
public final class Providers {
    private Providers() {}

    @Provider
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Json implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
        private final JsonBodyProvider json = new JsonBodyProvider();

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return json.isReadable(type, genericType, annotations, mediaType);
        }

        @Override
        public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
            return json.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        }

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return json.isWriteable(type, genericType, annotations, mediaType);
        }

        @Override
        public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations,
                MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
                throws IOException {
            json.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, entityStream);
        }
    }

    @Provider
    public static final class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {
        private final RequestBodyLimit limit = new RequestBodyLimit();

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            limit.filter(request);
        }

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            return limit.aroundReadFrom(context);
        }
    }

    @Provider
    public static final class OnlyJsonWrites implements ContainerRequestFilter {
        private final JsonOnlyWrites guard = new JsonOnlyWrites();

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            guard.filter(request);
        }
    }

    @Provider
    public static final class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        private final ErrorMappers.WebApplicationErrors errors = new ErrorMappers.WebApplicationErrors();

        @Override
        public Response toResponse(WebApplicationException exception) {
            return errors.toResponse(exception);
        }
    }

    @Provider
    public static final class UnexpectedErrors implements ExceptionMapper<RuntimeException> {
        private final ErrorMappers.UnexpectedErrors errors = new ErrorMappers.UnexpectedErrors();

        @Override
        public Response toResponse(RuntimeException exception) {
            return errors.toResponse(exception);
        }
    }
}
