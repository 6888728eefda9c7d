package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What is needed to create a sandbox issue; its id and key are handed out on creation. */
public record NewIssue(
        String issueType,
        String summary,
        SandboxStatus status,
        Optional<UserKey> assignee,
        Optional<UserKey> reporter,
        Optional<LocalDate> dueDate,
        Instant created,
        Optional<Instant> resolved,
        Optional<Long> originalEstimateSeconds,
        Optional<Long> timeSpentSeconds) {

    public NewIssue {
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(originalEstimateSeconds, "originalEstimateSeconds");
        Objects.requireNonNull(timeSpentSeconds, "timeSpentSeconds");
        if (!IssueTypes.ALL.contains(issueType)) {
            throw new IllegalArgumentException("Issue type must be one of " + IssueTypes.ALL + ", not " + issueType);
        }
    }
}
