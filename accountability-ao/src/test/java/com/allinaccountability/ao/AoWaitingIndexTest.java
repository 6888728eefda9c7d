package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.WaitingStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@code WaitingIndex} port on Active Objects: replace and remove, the exact {@link WaitingStep#BY_URGENCY} order
 * (checked against sorting the same steps in Java), paging and counts, not-yet-due check-ins, the digest's walk over
 * all users, and what each read costs in statements. Runs on H2 and on PostgreSQL through the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AoWaitingIndexTest {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00.000000007Z");
    private static final AtomicLong IDS = new AtomicLong(5_000_000);
    private static final AtomicLong USERS = new AtomicLong();

    TestDatabase database;
    AoWaitingIndex index;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        index = new AoWaitingIndex(database.session());
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A user key of its own for each test, so tests share the tables without seeing each other. */
    static UserKey newUser(String name) {
        return UserKey.of(String.format("t%05d-%s", USERS.incrementAndGet(), name));
    }

    static WaitingStep step(long issueId, long projectId, UserKey user, NextAction action, Instant since,
            LocalDate agreed, LocalDate target, LocalDate due) {
        return new WaitingStep(issueId, projectId, user, action, since, Optional.ofNullable(agreed),
                Optional.ofNullable(target), Optional.ofNullable(due));
    }

    static WaitingStep step(long issueId, long projectId, UserKey user, NextAction action, Instant since) {
        return step(issueId, projectId, user, action, since, null, null, null);
    }

    static List<WaitingStep> byUrgency(List<WaitingStep> steps, Instant now) {
        return steps.stream().filter(s -> s.isOpen(now)).sorted(WaitingStep.BY_URGENCY).toList();
    }

    static Map<Long, List<WaitingStep>> byIssue(List<WaitingStep> steps) {
        Map<Long, List<WaitingStep>> map = new HashMap<>(steps.stream()
                .collect(Collectors.groupingBy(WaitingStep::issueId)));
        return map;
    }

    /** Many steps with colliding deadlines and times, so every key of the order is needed to tell them apart. */
    static List<WaitingStep> randomSteps(Random random, List<UserKey> users, List<Long> projects, int issues) {
        List<WaitingStep> steps = new ArrayList<>();
        LocalDate base = LocalDate.of(2026, 11, 20);
        for (int i = 0; i < issues; i++) {
            long issueId = nextId();
            long projectId = projects.get(random.nextInt(projects.size()));
            for (NextAction action : NextAction.values()) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                UserKey user = users.get(random.nextInt(users.size()));
                Instant since = NOW.minusSeconds(3600L * (random.nextInt(5) - 1)).plusNanos(random.nextInt(2));
                steps.add(step(issueId, projectId, user, action, since, date(random, base), date(random, base),
                        date(random, base)));
            }
        }
        return steps;
    }

    private static LocalDate date(Random random, LocalDate base) {
        return random.nextInt(3) == 0 ? null : base.plusDays(random.nextInt(4) * 10L - 10);
    }

    @Test
    void open_lists_a_users_open_steps_exactly_in_urgency_order() {
        UserKey alice = newUser("alice");
        UserKey bob = newUser("bob");
        long p1 = nextId();
        long p2 = nextId();
        List<WaitingStep> steps = randomSteps(new Random(42), List.of(alice, bob), List.of(p1, p2), 80);
        index.replace(byIssue(steps));

        for (UserKey user : List.of(alice, bob)) {
            List<WaitingStep> mine = steps.stream().filter(s -> s.user().equals(user)).toList();
            List<WaitingStep> expected = byUrgency(mine, NOW);
            assertThat(expected).hasSizeGreaterThan(10);
            assertThat(index.open(user, Set.of(p1, p2), NOW, 0, 1000)).containsExactlyElementsOf(expected);
            assertThat(index.countOpen(user, Set.of(p1, p2), NOW)).isEqualTo(expected.size());
            List<WaitingStep> inP1 = expected.stream().filter(s -> s.projectId() == p1).toList();
            assertThat(index.open(user, Set.of(p1), NOW, 0, 1000)).containsExactlyElementsOf(inP1);
            assertThat(index.countOpen(user, Set.of(p1), NOW)).isEqualTo(inP1.size());
            assertThat(index.projectsOf(user)).isEqualTo(mine.stream().map(WaitingStep::projectId)
                    .collect(Collectors.toSet()));
        }
    }

    @Test
    void pages_put_together_are_the_whole_list() {
        UserKey user = newUser("pager");
        long project = nextId();
        List<WaitingStep> steps = randomSteps(new Random(7), List.of(user), List.of(project), 60);
        index.replace(byIssue(steps));
        List<WaitingStep> expected = byUrgency(steps, NOW);

        List<WaitingStep> paged = new ArrayList<>();
        for (int startAt = 0; startAt < expected.size() + 7; startAt += 7) {
            List<WaitingStep> page = index.open(user, Set.of(project), NOW, startAt, 7);
            assertThat(page.size()).isLessThanOrEqualTo(7);
            paged.addAll(page);
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(index.open(user, Set.of(project), NOW, expected.size(), 7)).isEmpty();
        assertThat(index.open(user, Set.of(project), NOW, 0, 0)).isEmpty();
        assertThat(index.open(user, Set.of(), NOW, 0, 10)).isEmpty();
        assertThat(index.countOpen(user, Set.of(), NOW)).isZero();
    }

    @Test
    void a_check_in_not_yet_due_waits_but_is_not_open() {
        UserKey owner = newUser("owner");
        long project = nextId();
        long issue = nextId();
        WaitingStep later = step(issue, project, owner, NextAction.CHECK_IN, NOW.plusSeconds(86_400));
        WaitingStep now = step(nextId(), project, owner, NextAction.CHECK_IN, NOW);
        index.replace(Map.of(issue, List.of(later), now.issueId(), List.of(now)));

        assertThat(index.open(owner, Set.of(project), NOW, 0, 10)).containsExactly(now);
        assertThat(index.countOpen(owner, Set.of(project), NOW)).isEqualTo(1);
        assertThat(index.open(owner, Set.of(project), NOW.plusSeconds(86_400), 0, 10)).containsExactly(now, later);
        index.remove(List.of(now.issueId()));
        assertThat(index.projectsOf(owner)).containsExactly(project);
        assertThat(index.open(owner, Set.of(project), NOW, 0, 10)).isEmpty();
        assertThat(index.countOpen(owner, Set.of(project), NOW)).isZero();
    }

    @Test
    void replace_rewrites_only_the_issues_given_and_an_empty_list_clears_one() {
        UserKey a = newUser("a");
        UserKey b = newUser("b");
        long project = nextId();
        long i1 = nextId();
        long i2 = nextId();
        WaitingStep alignA = step(i1, project, a, NextAction.ALIGN, NOW.minusSeconds(10));
        WaitingStep alignB = step(i1, project, b, NextAction.ALIGN, NOW.minusSeconds(10));
        WaitingStep verifyB = step(i2, project, b, NextAction.VERIFY, NOW.minusSeconds(20),
                LocalDate.of(2026, 1, 1), null, null);
        index.replace(Map.of(i1, List.of(alignA, alignB), i2, List.of(verifyB)));
        assertThat(index.open(b, Set.of(project), NOW, 0, 10)).containsExactly(verifyB, alignB);

        WaitingStep ownA = step(i1, project, a, NextAction.DECLARE_OWNERSHIP, NOW.minusSeconds(5));
        index.replace(Map.of(i1, List.of(ownA)));
        assertThat(index.open(a, Set.of(project), NOW, 0, 10)).containsExactly(ownA);
        assertThat(index.open(b, Set.of(project), NOW, 0, 10)).containsExactly(verifyB);

        index.replace(Map.of(i2, List.of()));
        assertThat(index.open(b, Set.of(project), NOW, 0, 10)).isEmpty();
        assertThat(index.projectsOf(b)).isEmpty();
        assertThat(index.open(a, Set.of(project), NOW, 0, 10)).containsExactly(ownA);

        // The same step twice in one call is kept once.
        index.replace(Map.of(i1, List.of(ownA, ownA)));
        assertThat(index.countOpen(a, Set.of(project), NOW)).isEqualTo(1);
        index.replace(Map.of());
    }

    @Test
    void steps_of_reads_back_exactly_what_was_written_by_issue() {
        UserKey user = newUser("reader");
        long project = nextId();
        WaitingStep a = step(nextId(), project, user, NextAction.ALIGN, NOW.plusNanos(123_456_789));
        WaitingStep b = step(nextId(), project, user, NextAction.VERIFY, NOW);
        WaitingStep bOther = step(b.issueId(), project, newUser("reader-other"), NextAction.CHECK_IN, NOW);
        index.replace(byIssue(List.of(a, b, bOther)));

        Map<Long, List<WaitingStep>> read = index.stepsOf(List.of(a.issueId(), b.issueId(), nextId()));

        assertThat(read).containsOnlyKeys(a.issueId(), b.issueId());
        assertThat(read.get(a.issueId())).containsExactly(a);
        assertThat(read.get(b.issueId())).containsExactlyInAnyOrder(b, bOther);
        assertThat(index.stepsOf(List.of())).isEmpty();
        // Ids far apart: the IN lists, not one range over everything between them.
        WaitingStep far = step(b.issueId() + 1_000_000, project, user, NextAction.ALIGN, NOW);
        index.replace(byIssue(List.of(far)));
        assertThat(index.stepsOf(List.of(a.issueId(), far.issueId()))).containsOnlyKeys(a.issueId(), far.issueId());
        assertThat(index.stepsOf(List.of(b.issueId()))).containsOnlyKeys(b.issueId());
        index.remove(List.of(far.issueId()));
    }

    @Test
    void issues_after_walks_the_indexed_issue_ids_in_order_once_each() {
        UserKey user = newUser("walker");
        long project = nextId();
        WaitingStep a = step(nextId(), project, user, NextAction.ALIGN, NOW);
        WaitingStep b = step(nextId(), project, user, NextAction.VERIFY, NOW);
        WaitingStep bOther = step(b.issueId(), project, newUser("walker-other"), NextAction.ALIGN, NOW);
        WaitingStep c = step(nextId(), project, user, NextAction.ALIGN, NOW);
        index.replace(byIssue(List.of(a, b, bOther, c)));

        assertThat(index.issuesAfter(a.issueId() - 1, 2)).containsExactly(a.issueId(), b.issueId());
        assertThat(index.issuesAfter(b.issueId(), 5)).first().isEqualTo(c.issueId());
        index.remove(List.of(a.issueId(), b.issueId(), c.issueId()));
        assertThat(index.issuesAfter(a.issueId() - 1, 5)).doesNotContain(a.issueId(), b.issueId(), c.issueId());
    }

    @Test
    void remove_and_remove_project_drop_only_theirs() {
        UserKey user = newUser("remover");
        long p1 = nextId();
        long p2 = nextId();
        WaitingStep s1 = step(nextId(), p1, user, NextAction.ALIGN, NOW);
        WaitingStep s2 = step(nextId(), p1, user, NextAction.VERIFY, NOW);
        WaitingStep s3 = step(nextId(), p2, user, NextAction.ALIGN, NOW);
        index.replace(byIssue(List.of(s1, s2, s3)));

        index.remove(List.of(s1.issueId(), nextId()));
        assertThat(index.open(user, Set.of(p1, p2), NOW, 0, 10)).containsExactly(s2, s3);
        index.removeProject(p1);
        assertThat(index.open(user, Set.of(p1, p2), NOW, 0, 10)).containsExactly(s3);
        assertThat(index.projectsOf(user)).containsExactly(p2);
        index.remove(List.of());
    }

    @Test
    void a_user_key_as_long_as_jira_allows_is_kept_and_read_back() {
        // 255 characters, as Jira's user keys; the step's unique key is then longer and kept as its digest.
        String name = newUser("long").value();
        UserKey user = UserKey.of(name + "x".repeat(255 - name.length()));
        long project = nextId();
        WaitingStep step = step(nextId(), project, user, NextAction.ALIGN, NOW, null, LocalDate.of(2027, 2, 3), null);
        index.replace(byIssue(List.of(step)));
        index.replace(byIssue(List.of(step)));
        assertThat(index.open(user, Set.of(project), NOW, 0, 10)).containsExactly(step);
    }

    @Test
    void more_projects_than_one_in_list_holds_are_still_one_query() {
        UserKey user = newUser("many-projects");
        List<Long> projects = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            projects.add(nextId());
        }
        WaitingStep first = step(nextId(), projects.get(3), user, NextAction.ALIGN, NOW.minusSeconds(2));
        WaitingStep last = step(nextId(), projects.get(1100), user, NextAction.ALIGN, NOW.minusSeconds(1));
        index.replace(byIssue(List.of(first, last)));
        Set<Long> all = Set.copyOf(projects);
        assertThat(database.counter().countDuring(() ->
                assertThat(index.open(user, all, NOW, 0, 10)).containsExactly(first, last))).isEqualTo(1);
        assertThat(index.countOpen(user, all, NOW)).isEqualTo(2);
    }

    @Test
    void open_for_users_after_walks_every_user_a_page_at_a_time() {
        // Users of this test only: keys sorting after every other test's ("t" + digits) and before none of theirs.
        String prefix = "walk" + nextId() + "-";
        List<UserKey> users = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            users.add(UserKey.of(prefix + String.format("%02d", i)));
        }
        long project = nextId();
        List<WaitingStep> steps = new ArrayList<>(randomSteps(new Random(3), users, List.of(project), 70));
        // A user whose only step is not due yet is skipped by the walk.
        UserKey notYet = UserKey.of(prefix + "05a");
        steps.add(step(nextId(), project, notYet, NextAction.CHECK_IN, NOW.plusSeconds(60)));
        index.replace(byIssue(steps));

        List<WaitingStep> expected = steps.stream().filter(s -> s.isOpen(NOW))
                .sorted(Comparator.comparing((WaitingStep s) -> s.user().value()).thenComparing(WaitingStep.BY_URGENCY))
                .toList();
        List<WaitingStep> walked = new ArrayList<>();
        UserKey after = UserKey.of(prefix);
        int pages = 0;
        while (true) {
            List<WaitingStep> page = index.openForUsersAfter(after, 5, NOW);
            List<WaitingStep> ours = page.stream().filter(s -> s.user().value().startsWith(prefix)).toList();
            if (ours.isEmpty()) {
                break;
            }
            assertThat(ours.stream().map(WaitingStep::user).distinct().count()).isLessThanOrEqualTo(5);
            assertThat(ours).isEqualTo(page.subList(0, ours.size()));
            walked.addAll(ours);
            after = ours.get(ours.size() - 1).user();
            pages++;
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(walked).extracting(WaitingStep::user).doesNotContain(notYet);
        long usersWithOpenSteps = expected.stream().map(WaitingStep::user).distinct().count();
        assertThat(pages).isEqualTo((int) ((usersWithOpenSteps + 4) / 5));
    }

    @Test
    void open_for_users_after_null_starts_at_the_first_user() {
        List<WaitingStep> first = index.openForUsersAfter(null, 1, NOW.plusSeconds(3_600_000));
        UserKey user = UserKey.of("!" + nextId());
        long project = nextId();
        WaitingStep step = step(nextId(), project, user, NextAction.ALIGN, NOW);
        index.replace(byIssue(List.of(step)));
        assertThat(index.openForUsersAfter(null, 1, NOW)).containsExactly(step);
        index.remove(List.of(step.issueId()));
        assertThat(index.openForUsersAfter(null, 1, NOW.plusSeconds(3_600_000))).isEqualTo(first);
    }

    @Test
    void reads_cost_the_same_statements_however_many_rows_there_are() {
        UserKey user = newUser("counted");
        long project = nextId();
        index.replace(byIssue(randomSteps(new Random(1), List.of(user), List.of(project), 3)));
        int[] small = costs(user, project);
        index.replace(byIssue(randomSteps(new Random(2), List.of(user), List.of(project), 400)));
        int[] large = costs(user, project);
        assertThat(small).containsExactly(1, 1, 1, 2);
        assertThat(large).containsExactly(small);
    }

    private int[] costs(UserKey user, long project) {
        return new int[] {
            database.counter().countDuring(() -> index.open(user, Set.of(project), NOW, 0, 50)),
            database.counter().countDuring(() -> index.countOpen(user, Set.of(project), NOW)),
            database.counter().countDuring(() -> index.projectsOf(user)),
            // After a key just before this user's, so the first of the next users is this one, with open steps.
            database.counter().countDuring(() -> index.openForUsersAfter(
                    UserKey.of(user.value().substring(0, user.value().length() - 1)), 3, NOW)),
        };
    }

    /**
     * The reads follow the index on {@code USER_KEY, DEADLINE_DAY, SINCE, ISSUE_ID, ACTION_RANK} in its order, so no
     * plan needs a sort or depends on statistics: H2 says "index sorted"; PostgreSQL, asked for an index plan (a
     * table this small is cheaper to scan), plans no Sort.
     */
    @Test
    void reads_follow_the_user_urgency_index_without_a_sort() throws Exception {
        UserKey user = newUser("planned");
        long project = nextId();
        index.replace(byIssue(randomSteps(new Random(5), List.of(user), List.of(project), 50)));
        String after = user.value().substring(0, user.value().length() - 1);
        long now = Columns.nanos(NOW);

        database.counter().reset();
        index.open(user, Set.of(project), NOW, 3, 10);
        assertIndexPlan(database.counter().statements().get(0), user.value(), project, now);

        database.counter().reset();
        index.openForUsersAfter(UserKey.of(after), 3, NOW);
        List<String> walk = database.counter().statements();
        assertIndexPlan(walk.get(0), after, now);
        assertIndexPlan(walk.get(1), after, user.value(), now);

        // The unordered reads and the project's removal reach their rows by an index too.
        database.counter().reset();
        index.countOpen(user, Set.of(project), NOW);
        assertNoScan(plan(database.counter().statements().get(0), user.value(), project, now));
        database.counter().reset();
        index.projectsOf(user);
        assertNoScan(plan(database.counter().statements().get(0), user.value()));
        database.counter().reset();
        index.removeProject(nextId());
        String delete = database.counter().statements().stream().filter(sql -> sql.startsWith("DELETE"))
                .findFirst().orElseThrow();
        assertNoScan(plan(delete, project));
    }

    private void assertNoScan(String plan) {
        assertThat(plan).doesNotContain("tableScan").doesNotContain("Seq Scan");
    }

    private void assertIndexPlan(String sql, Object... parameters) throws Exception {
        String text = plan(sql, parameters);
        if (database.name().equals("H2")) {
            assertThat(text).as("plan of %s", sql).contains("index sorted");
        } else {
            assertThat(text).as("plan of %s", sql).contains("Index").doesNotContain("Sort");
        }
    }

    private String plan(String sql, Object... parameters) throws Exception {
        boolean h2 = database.name().equals("H2");
        StringBuilder plan = new StringBuilder();
        try (java.sql.Connection connection = database.connection()) {
            if (!h2) {
                try (java.sql.Statement off = connection.createStatement()) {
                    off.execute("SET enable_seqscan = off");
                    off.execute("SET enable_bitmapscan = off");
                }
            }
            try (java.sql.PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                try (java.sql.ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            } finally {
                if (!h2) {
                    try (java.sql.Statement reset = connection.createStatement()) {
                        reset.execute("RESET enable_seqscan");
                        reset.execute("RESET enable_bitmapscan");
                    }
                }
            }
        }
        return "plan of " + sql + ":\n" + plan;
    }

    @Test
    void replace_of_many_issues_is_a_handful_of_statements() {
        UserKey user = newUser("bulk");
        long project = nextId();
        List<WaitingStep> steps = randomSteps(new Random(9), List.of(user), List.of(project), 300);
        Map<Long, List<WaitingStep>> byIssue = byIssue(steps);
        // Lock rows in, old rows out, new rows in, lock rows out (one batch or one IN list each).
        assertThat(database.counter().countDuring(() -> index.replace(byIssue))).isLessThanOrEqualTo(6);
        assertThat(database.counter().countDuring(() -> index.remove(byIssue.keySet()))).isLessThanOrEqualTo(2);
        assertThat(index.countOpen(user, Set.of(project), NOW)).isZero();
    }
}
