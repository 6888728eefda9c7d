package com.allinaccountability.core.rules;

import java.util.Objects;

/**
 * What a rule says about one attempt: allowed, or refused with a reason code (for code: tests, hosts that localize)
 * and the reason in English (for the person refused).
 *
 * @param <R> the rule family's reason codes
 */
public sealed interface Decision<R extends Enum<R>> {

    record Allowed<R extends Enum<R>>() implements Decision<R> {}

    record Refused<R extends Enum<R>>(R reason, String message) implements Decision<R> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    static <R extends Enum<R>> Decision<R> allowed() {
        return new Allowed<>();
    }

    static <R extends Enum<R>> Decision<R> refused(R reason, String message) {
        return new Refused<>(reason, message);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
