package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.sandbox.db.Counters;
import com.allinaccountability.sandbox.db.Jdbc;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's issues ({@code SBX_ISSUE}), read by the core through the {@link Issues} port and written by the
 * sandbox's own workflow and sample data. Every read is one indexed query.
 */
public final class SandboxIssues implements Issues {

    /** Hands out issue ids across all projects. */
    static final String ISSUE_ID_COUNTER = "issue.id";

    private static final String COLUMNS = """
            SELECT I.ID, I.ISSUE_KEY, I.PROJECT_ID, P.PROJECT_KEY, I.ISSUE_TYPE, I.SUMMARY, I.STATUS, I.STATUS_CATEGORY,
                   I.ASSIGNEE, I.REPORTER, I.DUE_DATE, I.CREATED, I.RESOLVED, I.ORIGINAL_ESTIMATE, I.TIME_SPENT
            """;

    private static final String SELECT = COLUMNS + """
            FROM SBX_ISSUE I JOIN SBX_PROJECT P ON P.ID = I.PROJECT_ID
            """;

    /**
     * A page of a project's issues. The page is cut in a subquery over SBX_ISSUE alone, ordered by (PROJECT_ID,
     * ISSUE_NUM), the order of its unique index, so H2 reads the page from the index; with the join, or ordered by
     * ISSUE_NUM alone, H2 sorted every issue of the project for each page.
     */
    static final String PAGE = COLUMNS + """
            FROM (SELECT * FROM SBX_ISSUE WHERE PROJECT_ID = ? ORDER BY PROJECT_ID, ISSUE_NUM LIMIT ? OFFSET ?) I
            JOIN SBX_PROJECT P ON P.ID = I.PROJECT_ID
            ORDER BY I.ISSUE_NUM
            """;

    private final Jdbc jdbc;

    public SandboxIssues(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IssueFacts> byKey(String issueKey) {
        if (!Projects.isKeyLike(issueKey)) {
            return Optional.empty();
        }
        return jdbc.queryOne(SELECT + " WHERE I.ISSUE_KEY = ?", SandboxIssues::map, issueKey.toUpperCase(
                java.util.Locale.ROOT));
    }

    @Override
    public Optional<IssueFacts> byId(long issueId) {
        return jdbc.queryOne(SELECT + " WHERE I.ID = ?", SandboxIssues::map, issueId);
    }

    /** A report's page of issues in one query (the ids are numbers bound as parameters, never concatenated). */
    @Override
    public java.util.Map<Long, IssueFacts> byIds(java.util.Collection<Long> issueIds) {
        java.util.Map<Long, IssueFacts> found = new java.util.HashMap<>();
        if (issueIds.isEmpty()) {
            return found;
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(issueIds.size(), "?"));
        for (IssueFacts facts : jdbc.query(SELECT + " WHERE I.ID IN (" + placeholders + ")", SandboxIssues::map,
                issueIds.toArray())) {
            found.put(facts.issueId(), facts);
        }
        return found;
    }

    /** Issues by key, one query per thousand keys (bound as parameters); for generated data. */
    @Override
    public java.util.Map<String, IssueFacts> byKeys(java.util.Collection<String> issueKeys) {
        java.util.Map<String, IssueFacts> found = new java.util.HashMap<>();
        List<String> keys = issueKeys.stream().filter(Projects::isKeyLike)
                .map(key -> key.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        for (int from = 0; from < keys.size(); from += 1_000) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 1_000));
            String placeholders = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
            for (IssueFacts facts : jdbc.query(SELECT + " WHERE I.ISSUE_KEY IN (" + placeholders + ")",
                    SandboxIssues::map, slice.toArray())) {
                found.put(facts.issueKey(), facts);
            }
        }
        return found;
    }

    @Override
    public Optional<Long> projectId(String projectKey) {
        if (!Projects.isKeyLike(projectKey)) {
            return Optional.empty();
        }
        return jdbc.queryOne("SELECT ID FROM SBX_PROJECT WHERE PROJECT_KEY = ?", row -> row.getLong(1), projectKey);
    }

    /** A page of the project's issues in key order, as the issue list shows them. */
    public List<IssueFacts> page(long projectId, int startAt, int maxResults) {
        return jdbc.query(PAGE, SandboxIssues::map, projectId, maxResults, startAt);
    }

    public long count(long projectId) {
        return jdbc.queryOne("SELECT COUNT(*) FROM SBX_ISSUE WHERE PROJECT_ID = ?", row -> row.getLong(1), projectId)
                .orElse(0L);
    }

    /**
     * Creates the issues in the project in one transaction with one batched insert, numbering them after the
     * project's last issue. Fast enough for {@code --generate}: ids and numbers are reserved as one block.
     *
     * @return the created issues' keys, in order
     */
    public List<String> create(Project project, List<NewIssue> issues) {
        if (issues.isEmpty()) {
            return List.of();
        }
        return jdbc.inTransaction(connection -> create(connection, project, issues));
    }

    List<String> create(Connection connection, Project project, List<NewIssue> issues) throws SQLException {
        long firstId = Counters.reserve(connection, ISSUE_ID_COUNTER, issues.size());
        long firstNumber = Counters.reserve(connection, Projects.issueNumberCounter(project.id()), issues.size());
        List<String> keys = new ArrayList<>(issues.size());
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO SBX_ISSUE (ID, ISSUE_KEY, PROJECT_ID, ISSUE_NUM, ISSUE_TYPE, SUMMARY, STATUS,
                  STATUS_CATEGORY, ASSIGNEE, REPORTER, DUE_DATE, CREATED, RESOLVED, ORIGINAL_ESTIMATE, TIME_SPENT)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < issues.size(); i++) {
                NewIssue issue = issues.get(i);
                long number = firstNumber + i;
                String key = project.key() + "-" + number;
                insert.setLong(1, firstId + i);
                insert.setString(2, key);
                insert.setLong(3, project.id());
                insert.setLong(4, number);
                insert.setString(5, issue.issueType());
                insert.setString(6, issue.summary());
                insert.setString(7, issue.status().displayName());
                insert.setString(8, issue.status().category().key());
                setUser(insert, 9, issue.assignee());
                setUser(insert, 10, issue.reporter());
                if (issue.dueDate().isPresent()) {
                    insert.setObject(11, issue.dueDate().get());
                } else {
                    insert.setNull(11, Types.DATE);
                }
                insert.setObject(12, issue.created().atOffset(ZoneOffset.UTC));
                if (issue.resolved().isPresent()) {
                    insert.setObject(13, issue.resolved().get().atOffset(ZoneOffset.UTC));
                } else {
                    insert.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                setLong(insert, 14, issue.originalEstimateSeconds());
                setLong(insert, 15, issue.timeSpentSeconds());
                insert.addBatch();
                keys.add(key);
            }
            insert.executeBatch();
        }
        return keys;
    }

    /**
     * Moves the issue from {@code from} to {@code to} if it is still in {@code from}; entering a done status sets the
     * resolution date, leaving one clears it, as Jira's resolution does.
     *
     * @return whether the issue was still in {@code from} (false: someone else moved it first)
     */
    public boolean changeStatus(long issueId, SandboxStatus from, SandboxStatus to, Instant now) {
        Optional<OffsetDateTime> resolved = Optional.empty();
        if (to.category() == StatusCategory.DONE) {
            resolved = Optional.of(now.atOffset(ZoneOffset.UTC));
        }
        boolean keepResolution = from.category() == StatusCategory.DONE && to.category() == StatusCategory.DONE;
        String sql = keepResolution
                ? "UPDATE SBX_ISSUE SET STATUS = ?, STATUS_CATEGORY = ? WHERE ID = ? AND STATUS = ?"
                : "UPDATE SBX_ISSUE SET STATUS = ?, STATUS_CATEGORY = ?, RESOLVED = ? WHERE ID = ? AND STATUS = ?";
        int updated = keepResolution
                ? jdbc.update(sql, to.displayName(), to.category().key(), issueId, from.displayName())
                : jdbc.update(sql, to.displayName(), to.category().key(), resolved.orElse(null), issueId,
                        from.displayName());
        return updated == 1;
    }

    private static void setUser(PreparedStatement statement, int index, Optional<UserKey> user) throws SQLException {
        if (user.isPresent()) {
            statement.setString(index, user.get().value());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static IssueFacts map(ResultSet row) throws SQLException {
        String categoryKey = row.getString(8);
        return new IssueFacts(
                row.getLong(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                StatusCategory.fromKey(categoryKey).orElseThrow(
                        () -> new IllegalStateException("Unknown status category in SBX_ISSUE: " + categoryKey)),
                Optional.ofNullable(row.getString(9)).map(UserKey::of),
                Optional.ofNullable(row.getString(10)).map(UserKey::of),
                Optional.ofNullable(row.getObject(11, LocalDate.class)),
                row.getObject(12, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(row.getObject(13, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                optionalLong(row, 14),
                optionalLong(row, 15));
    }

    private static Optional<Long> optionalLong(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
