package com.allinaccountability.core.port;

import com.allinaccountability.core.model.UserKey;
import java.util.Objects;
import java.util.Optional;

/** Who is asking: a signed-in user, or nobody. Hosts build it from their authentication context for each request. */
public record Caller(Optional<UserKey> user) {
    public Caller {
        Objects.requireNonNull(user, "user");
    }

    public static Caller anonymous() {
        return new Caller(Optional.empty());
    }

    public static Caller of(UserKey user) {
        return new Caller(Optional.of(user));
    }

    public static Caller of(String userKey) {
        return of(UserKey.of(userKey));
    }

    public boolean isSignedIn() {
        return user.isPresent();
    }

    public boolean is(UserKey other) {
        return user.map(other::equals).orElse(false);
    }
}
