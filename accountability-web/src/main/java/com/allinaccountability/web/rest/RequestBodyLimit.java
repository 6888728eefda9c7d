package com.allinaccountability.web.rest;

import com.allinaccountability.web.json.ErrorCollection;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies larger than {@link #MAX_BYTES} with 413: at once when {@code Content-Length} says so,
 * and while reading otherwise, by counting the bytes actually read (a chunked or lying client cannot get past it).
 */
@Provider
public final class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {
    /**
     * Largest request body the REST API reads, in bytes: comfortably above the largest valid write (the core's text
     * {@link com.allinaccountability.core.rules.Limits} are in characters), and an HTTP concern, so it lives here.
     */
    public static final int MAX_BYTES = 64 * 1024;

    private final long maxBytes;

    public RequestBodyLimit() {
        this(MAX_BYTES);
    }

    public RequestBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                // A malformed length is the container's business; the counting stream below still limits the body.
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(limit(context.getInputStream()));
        return context.proceed();
    }

    /** The body stream, refusing with 413 once more than the limit has been read. */
    InputStream limit(InputStream body) {
        return new Bounded(body);
    }

    private WebApplicationException tooLarge() {
        return new RefusedRequest(413, ErrorCollection.message(
                "The request body is larger than " + maxBytes + " bytes."));
    }

    /** Counts what is read and refuses past the limit; never reads more than one byte beyond it. */
    private final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int wanted = (int) Math.min(length, maxBytes - count + 1);
            int n = super.read(buffer, offset, Math.max(wanted, 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
