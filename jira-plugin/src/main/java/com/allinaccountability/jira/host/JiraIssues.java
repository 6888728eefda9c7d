package com.allinaccountability.jira.host;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The core's {@link Issues} over Jira's {@link IssueManager} and {@link ProjectManager}. Rights are not checked here
 * (see {@link JiraRights}); users are identified by their Jira user <em>key</em>, never by name.
 */
public final class JiraIssues implements Issues {
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final ZoneId zone;

    /**
     * @param zone the zone in which Jira's due dates (stored as midnight timestamps) are read as calendar dates: the
     *     server's default zone, as Jira itself stores them
     */
    public JiraIssues(IssueManager issueManager, ProjectManager projectManager, ZoneId zone) {
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.zone = zone;
    }

    /** Spring's constructor: Jira keeps due dates in the JVM's default zone. */
    public JiraIssues(IssueManager issueManager, ProjectManager projectManager) {
        this(issueManager, projectManager, ZoneId.systemDefault());
    }

    @Override
    public Optional<IssueFacts> byKey(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issueManager.getIssueObject(issueKey)).map(this::facts);
    }

    @Override
    public Optional<IssueFacts> byId(long issueId) {
        return Optional.ofNullable(issueManager.getIssueObject(issueId)).map(this::facts);
    }

    @Override
    public Optional<Long> projectId(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(projectManager.getProjectByCurrentKey(projectKey)).map(Project::getId);
    }

    /** The facts of an issue Jira already handed us (a workflow's transitioning issue, an event's issue). */
    public IssueFacts facts(Issue issue) {
        Project project = issue.getProjectObject();
        Status status = issue.getStatus();
        String categoryKey = status == null || status.getStatusCategory() == null
                ? null : status.getStatusCategory().getKey();
        return new IssueFacts(
                issue.getId(),
                issue.getKey(),
                project.getId(),
                project.getKey(),
                issue.getIssueType() == null ? "" : issue.getIssueType().getName(),
                nonNull(issue.getSummary()),
                status == null ? "" : nonNull(status.getName()),
                // Jira's "undefined" category (statuses migrated without one) is treated as work not started.
                StatusCategory.fromKey(categoryKey).orElse(StatusCategory.NEW),
                userKey(issue.getAssignee()),
                userKey(issue.getReporter()),
                Optional.ofNullable(issue.getDueDate()).map(this::date),
                instant(issue.getCreated()).orElse(Instant.EPOCH),
                instant(issue.getResolutionDate()),
                Optional.ofNullable(issue.getOriginalEstimate()),
                Optional.ofNullable(issue.getTimeSpent()));
    }

    private LocalDate date(Timestamp timestamp) {
        return timestamp.toInstant().atZone(zone).toLocalDate();
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static Optional<UserKey> userKey(ApplicationUser user) {
        return Optional.ofNullable(user).map(ApplicationUser::getKey).filter(k -> !k.isBlank()).map(UserKey::of);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
