package com.allinaccountability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The performance facts the host already tracks for an issue, read through {@link
 * com.allinaccountability.core.port.Issues}. Estimates and time spent are in seconds, as Jira keeps them.
 */
public record IssueFacts(
        long issueId,
        String issueKey,
        long projectId,
        String projectKey,
        String issueType,
        String summary,
        String status,
        StatusCategory statusCategory,
        Optional<UserKey> assignee,
        Optional<UserKey> reporter,
        Optional<LocalDate> dueDate,
        Instant created,
        Optional<Instant> resolved,
        Optional<Long> originalEstimateSeconds,
        Optional<Long> timeSpentSeconds) {

    public IssueFacts {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusCategory, "statusCategory");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(originalEstimateSeconds, "originalEstimateSeconds");
        Objects.requireNonNull(timeSpentSeconds, "timeSpentSeconds");
    }

    public boolean isResolved() {
        return resolved.isPresent();
    }
}
