package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A person's own declaration of a role in the outcome. Withdrawn declarations stay on the record. */
public record OwnershipDeclaration(
        UserKey user, OwnershipRole role, String statement, Instant declaredAt,
        Optional<Instant> withdrawnAt, String withdrawReason) {

    public OwnershipDeclaration {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(withdrawReason, "withdrawReason");
    }

    public static OwnershipDeclaration declared(UserKey user, OwnershipRole role, String statement, Instant at) {
        return new OwnershipDeclaration(user, role, statement, at, Optional.empty(), "");
    }

    public boolean isActive() {
        return withdrawnAt.isEmpty();
    }

    public OwnershipDeclaration withdrawn(Instant at, String reason) {
        return new OwnershipDeclaration(user, role, statement, declaredAt, Optional.of(at), reason);
    }
}
