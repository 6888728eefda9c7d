package com.allinaccountability.core.model;

import java.util.Objects;
import java.util.Optional;

/** A project and its lead, if it has one. */
public record ProjectLead(long projectId, String projectKey, String projectName, Optional<UserKey> lead) {
    public ProjectLead {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(lead, "lead");
    }
}
