package com.allinaccountability.core.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer of every service operation: the value, or a typed refusal. Hosts map refusals to their own protocol (the
 * REST layer to 401/403/404/400/409); the core knows nothing of HTTP.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    /** The operation needs a signed-in user and there is none. */
    record NotSignedIn<T>() implements Outcome<T> {}

    /** No such issue or project, or one the caller may not see (hosts must not tell the two apart). */
    record NotFound<T>(String message) implements Outcome<T> {}

    /** The caller may see the issue but may not do this. */
    record Forbidden<T>(String message) implements Outcome<T> {}

    /** The input breaks a rule; nothing changed. {@code fields} maps a field's JSON name to what is wrong with it. */
    record Invalid<T>(Map<String, String> fields, List<String> messages) implements Outcome<T> {
        public Invalid {
            fields = Map.copyOf(fields);
            messages = List.copyOf(messages);
        }
    }

    /** The write was based on a stale version (or revision); nothing changed. */
    record Conflict<T>(String message, long currentVersion) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> invalid(String message) {
        return new Invalid<>(Map.of(), List.of(message));
    }

    /** Maps the value of a {@link Done}; passes refusals through unchanged. */
    @SuppressWarnings("unchecked")
    default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapper.apply(done.value()));
        }
        return (Outcome<R>) this;
    }

    /** Continues with {@code next} after a {@link Done}; passes refusals through unchanged. */
    @SuppressWarnings("unchecked")
    default <R> Outcome<R> then(Function<? super T, Outcome<R>> next) {
        if (this instanceof Done<T> done) {
            return next.apply(done.value());
        }
        return (Outcome<R>) this;
    }
}
