package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.Pages.read;

import com.allinaccountability.ao.entity.WaitingEntity;
import com.allinaccountability.ao.entity.WaitingLockEntity;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.WaitingIndex;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.WaitingStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The core's {@link WaitingIndex} on Active Objects: one {@link WaitingEntity} row per step.
 *
 * <p>Costs, whatever the number of rows: {@link #projectsOf}, {@link #open} and {@link #countOpen} one query each;
 * {@link #openForUsersAfter} two (the next users, then their rows); {@link #replace} in one transaction: lock rows in (one
 * batch), old steps out (one delete per 500 issues), new steps in (one batch), lock rows out (one per 500 issues); {@link #remove} one per 500
 * issues, {@link #removeProject} one. Every read is by the index on {@code USER_KEY, DEADLINE_DAY, SINCE, ISSUE_ID,
 * ACTION_RANK}, whose order is {@link WaitingStep#BY_URGENCY}, so no plan depends on statistics or needs a sort;
 * {@link #removeProject} by the one on {@code PROJECT_ID, USER_KEY}, which reaches only the person's rows too when a
 * planner picks it for a person's list.
 *
 * <p>Concurrent {@link #replace}s of one issue (two nodes indexing the same change) are serialized by the unique
 * {@link WaitingLockEntity} row each inserts first, so the last to commit is what stays; a unique violation or a
 * serialization failure is retried by {@link Transactions#runAgainOnConcurrentWrite}.
 */
public final class AoWaitingIndex implements WaitingIndex {

    static final String SELECT = String.join(",", WaitingEntity.ISSUE_ID, WaitingEntity.PROJECT_ID,
            WaitingEntity.USER_KEY, WaitingEntity.ACTION, WaitingEntity.SINCE, WaitingEntity.AGREED_DATE,
            WaitingEntity.TARGET_DATE, WaitingEntity.DUE_DATE);

    /** {@link WaitingStep#BY_URGENCY} in SQL. */
    static final String BY_URGENCY = String.join(",", WaitingEntity.DEADLINE_DAY + " ASC", WaitingEntity.SINCE + " ASC",
            WaitingEntity.ISSUE_ID + " ASC", WaitingEntity.ACTION_RANK + " ASC");

    private final AoSession session;
    private final Transactions transactions;

    public AoWaitingIndex(AoSession session) {
        this.transactions = new Transactions(session);
        this.session = session;
    }

    @Override
    public void replace(Map<Long, List<WaitingStep>> stepsByIssue) {
        Objects.requireNonNull(stepsByIssue, "stepsByIssue");
        if (stepsByIssue.isEmpty()) {
            return;
        }
        // Sorted, so that writers of overlapping sets of issues take their locks in the same order.
        List<Long> issueIds = List.copyOf(new TreeSet<>(stepsByIssue.keySet()));
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Long issueId : issueIds) {
            for (WaitingStep step : stepsByIssue.get(issueId)) {
                if (step.issueId() != issueId) {
                    throw new IllegalArgumentException("Step of issue " + step.issueId() + " listed under " + issueId);
                }
                Map<String, Object> row = row(step);
                if (keys.add((String) row.get(WaitingEntity.STEP_KEY))) {
                    rows.add(row);
                }
            }
        }
        List<Map<String, Object>> locks = issueIds.stream()
                .map(id -> columns(WaitingLockEntity.ISSUE_ID, id)).toList();
        transactions.runAgainOnConcurrentWrite(() -> {
            session.createAll(WaitingLockEntity.class, locks);
            Pages.slices(issueIds, Pages.DEFAULT_SIZE, slice -> session.deleteWithSQL(WaitingEntity.class,
                    Pages.in(WaitingEntity.ISSUE_ID, slice.size()), slice.toArray()));
            session.createAll(WaitingEntity.class, rows);
            Pages.slices(issueIds, Pages.DEFAULT_SIZE, slice -> session.deleteWithSQL(WaitingLockEntity.class,
                    Pages.in(WaitingLockEntity.ISSUE_ID, slice.size()), slice.toArray()));
            return null;
        });
    }

    @Override
    public void remove(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(new TreeSet<>(issueIds));
        if (ids.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            Pages.slices(ids, Pages.DEFAULT_SIZE, slice -> session.deleteWithSQL(WaitingEntity.class,
                    Pages.in(WaitingEntity.ISSUE_ID, slice.size()), slice.toArray()));
            return null;
        });
    }

    @Override
    public void removeProject(long projectId) {
        transactions.run(() -> session.deleteWithSQL(WaitingEntity.class, WaitingEntity.PROJECT_ID + " = ?",
                projectId));
    }

    /**
     * Neighbouring issue ids (the reconciliation's pages, which follow issue id order) are read as one range of the
     * {@code ISSUE_ID} index: a long {@code IN} list of bind parameters is planned generically by PostgreSQL once the
     * driver prepares the statement, and measured as a sequential scan of the whole table per page (446 of them in a
     * reconciliation of 100,000 issues, most of its two minutes). Scattered ids keep the {@code IN} lists.
     */
    @Override
    public Map<Long, List<WaitingStep>> stepsOf(Collection<Long> issueIds) {
        TreeSet<Long> ids = new TreeSet<>(issueIds);
        Map<Long, List<WaitingStep>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        java.util.function.Consumer<WaitingEntity> keep = row -> {
            if (ids.contains(row.getIssueId())) {
                found.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(step(row));
            }
        };
        long first = ids.first();
        long last = ids.last();
        if (last - first < 4L * ids.size()) {
            read(session, WaitingEntity.class, Query.select(SELECT).where(WaitingEntity.ISSUE_ID + " >= ? AND "
                    + WaitingEntity.ISSUE_ID + " <= ?", first, last)).forEach(keep);
        } else {
            Pages.slices(List.copyOf(ids), Pages.DEFAULT_SIZE, slice -> read(session, WaitingEntity.class,
                    Query.select(SELECT).where(Pages.in(WaitingEntity.ISSUE_ID, slice.size()), slice.toArray()))
                    .forEach(keep));
        }
        return found;
    }

    @Override
    public List<Long> issuesAfter(long afterIssueId, int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults is 1 or more, was " + maxResults);
        }
        List<Long> issues = new ArrayList<>();
        session.stream(WaitingEntity.class, Query.select(WaitingEntity.ISSUE_ID).distinct()
                        .where(WaitingEntity.ISSUE_ID + " > ?", afterIssueId)
                        .order(WaitingEntity.ISSUE_ID + " ASC")
                        .limit(maxResults),
                row -> issues.add(row.getIssueId()));
        return issues;
    }

    @Override
    public Set<Long> projectsOf(UserKey user) {
        Objects.requireNonNull(user, "user");
        Set<Long> projects = new TreeSet<>();
        session.stream(WaitingEntity.class, Query.select(WaitingEntity.PROJECT_ID).distinct()
                        .where(WaitingEntity.USER_KEY + " = ?", user.value()),
                row -> projects.add(row.getProjectId()));
        return projects;
    }

    @Override
    public List<WaitingStep> open(UserKey user, Set<Long> projectIds, Instant now, int startAt, int maxResults) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(now, "now");
        if (startAt < 0 || maxResults < 0) {
            throw new IllegalArgumentException("startAt and maxResults are 0 or more, were " + startAt + " and "
                    + maxResults);
        }
        if (projectIds.isEmpty() || maxResults == 0) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String where = openWhere(user, projectIds, now, parameters);
        List<WaitingEntity> rows = read(session, WaitingEntity.class, Query.select(SELECT)
                .where(where, parameters.toArray())
                // USER_KEY is fixed by the WHERE: ordering by it too tells planners (H2's) that the user index's
                // order serves the ORDER BY, so they choose it over the PROJECT_ID index whatever the statistics.
                .order(WaitingEntity.USER_KEY + " ASC," + BY_URGENCY)
                .offset(startAt)
                .limit(maxResults));
        return rows.stream().map(AoWaitingIndex::step).toList();
    }

    @Override
    public int countOpen(UserKey user, Set<Long> projectIds, Instant now) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(now, "now");
        if (projectIds.isEmpty()) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>();
        String where = openWhere(user, projectIds, now, parameters);
        return session.count(WaitingEntity.class, Query.select().where(where, parameters.toArray()));
    }

    @Override
    public List<WaitingStep> openForUsersAfter(UserKey afterUser, int maxUsers, Instant now) {
        Objects.requireNonNull(now, "now");
        if (maxUsers < 1) {
            throw new IllegalArgumentException("maxUsers is 1 or more, was " + maxUsers);
        }
        long since = Columns.nanos(now);
        // The next users, in the index's order: the scan stops after maxUsers distinct keys.
        Query next = afterUser == null
                ? Query.select(WaitingEntity.USER_KEY).distinct()
                        .where(WaitingEntity.SINCE + " <= ?", since)
                : Query.select(WaitingEntity.USER_KEY).distinct()
                        .where(WaitingEntity.USER_KEY + " > ? AND " + WaitingEntity.SINCE + " <= ?",
                                afterUser.value(), since);
        List<String> users = new ArrayList<>();
        session.stream(WaitingEntity.class, next.order(WaitingEntity.USER_KEY + " ASC").limit(maxUsers),
                row -> users.add(row.getUserKey()));
        if (users.isEmpty()) {
            return List.of();
        }
        // Their rows: a range of the index, read in its order (a range, not an IN list: no length limit).
        String last = users.get(users.size() - 1);
        String range = afterUser == null
                ? WaitingEntity.USER_KEY + " <= ?"
                : WaitingEntity.USER_KEY + " > ? AND " + WaitingEntity.USER_KEY + " <= ?";
        Object[] parameters = afterUser == null
                ? new Object[] {last, since}
                : new Object[] {afterUser.value(), last, since};
        List<WaitingEntity> rows = read(session, WaitingEntity.class, Query.select(SELECT)
                .where(range + " AND " + WaitingEntity.SINCE + " <= ?", parameters)
                .order(WaitingEntity.USER_KEY + " ASC," + BY_URGENCY));
        return rows.stream().map(AoWaitingIndex::step).toList();
    }

    /**
     * The user's open steps in these projects. More than {@value Pages#DEFAULT_SIZE} projects are ORed lists, still one
     * statement (Oracle allows 1000 items in one list).
     */
    private static String openWhere(UserKey user, Set<Long> projectIds, Instant now, List<Object> parameters) {
        parameters.add(user.value());
        List<Long> projects = List.copyOf(new TreeSet<>(projectIds));
        List<String> lists = new ArrayList<>();
        Pages.slices(projects, Pages.DEFAULT_SIZE, slice -> {
            lists.add(Pages.in(WaitingEntity.PROJECT_ID, slice.size()));
            parameters.addAll(slice);
        });
        parameters.add(Columns.nanos(now));
        String inProjects = lists.size() == 1 ? lists.get(0) : "(" + String.join(" OR ", lists) + ")";
        return WaitingEntity.USER_KEY + " = ? AND " + inProjects + " AND " + WaitingEntity.SINCE + " <= ?";
    }

    static Map<String, Object> row(WaitingStep step) {
        return columns(
                WaitingEntity.ISSUE_ID, step.issueId(),
                WaitingEntity.PROJECT_ID, step.projectId(),
                WaitingEntity.USER_KEY, step.user().value(),
                WaitingEntity.ACTION, step.action().name(),
                WaitingEntity.ACTION_RANK, step.action().ordinal(),
                WaitingEntity.SINCE, Columns.nanos(step.since()),
                WaitingEntity.DEADLINE_DAY, step.deadline().map(LocalDate::toEpochDay).orElse(WaitingEntity.NO_DEADLINE),
                WaitingEntity.AGREED_DATE, Columns.dateOrNull(step.agreedDate()),
                WaitingEntity.TARGET_DATE, Columns.dateOrNull(step.targetDate()),
                WaitingEntity.DUE_DATE, Columns.dateOrNull(step.dueDate()),
                WaitingEntity.STEP_KEY, Keys.fitted(step.issueId() + ":" + step.action().name() + ":"
                        + step.user().value()));
    }

    static WaitingStep step(WaitingEntity row) {
        return new WaitingStep(
                row.getIssueId(),
                row.getProjectId(),
                UserKey.of(row.getUserKey()),
                NextAction.valueOf(row.getAction()),
                Columns.instant(row.getSince()),
                Columns.optionalDate(row.getAgreedDate()),
                Columns.optionalDate(row.getTargetDate()),
                Columns.optionalDate(row.getDueDate()));
    }
}
