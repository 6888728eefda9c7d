package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.db.Counters;
import com.allinaccountability.sandbox.db.Jdbc;
import com.allinaccountability.sandbox.hooks.SampleAccountability;
import com.allinaccountability.sandbox.hooks.SampleAccountability.SampleIssueRef;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seeds the sample project ACC (about 25 issues in every status), the scale-test project GEN and the sample users, on
 * the first start only. Dates are relative to the day of seeding so that "overdue" and "due soon" mean something.
 *
 * <p>Accountability records are added by the {@link SampleAccountability} hook, which receives {@link #SAMPLE_ISSUES}'
 * storylines: each names the stage and health flags its record is meant to show.
 */
public final class SampleData {

    /** Marks the host's sample data as seeded. */
    static final String HOST_MARKER = "seeded.host";
    /** Marks the accountability records of the samples as seeded. */
    static final String ACCOUNTABILITY_MARKER = "seeded.accountability";
    /** Marks the sandbox's administrator as seeded (also in databases seeded before administrators existed). */
    static final String ADMINISTRATOR_MARKER = "seeded.administrator";

    public static final long ACC_PROJECT_ID = 10000;
    public static final long GEN_PROJECT_ID = 10001;

    /** A sample user; the password is the user's name. */
    record SampleUser(String key, String displayName) {}

    static final List<SampleUser> USERS = List.of(
            new SampleUser("alice", "Alice Anderson"),
            new SampleUser("bob", "Bob Brown"),
            new SampleUser("carol", "Carol Chen"),
            new SampleUser("dave", "Dave Davis"),
            new SampleUser("erin", "Erin Evans"));

    /**
     * A sample issue. Days are relative to the seeding day: {@code dueInDays} negative means overdue; a null {@code
     * resolvedDaysAgo} means unresolved.
     */
    record SampleIssue(String type, String summary, SandboxStatus status, String assignee, String reporter,
            Integer dueInDays, int createdDaysAgo, Integer resolvedDaysAgo, Integer estimateHours, Integer spentHours,
            String storyline) {}

    private static final String A = "alice";
    private static final String B = "bob";
    private static final String C = "carol";
    private static final String D = "dave";

    /** ACC-1 … ACC-25, in key order. */
    static final List<SampleIssue> SAMPLE_ISSUES = List.of(
            new SampleIssue(IssueTypes.STORY, "Customers can export their invoices as PDF", SandboxStatus.IN_PROGRESS,
                    B, A, 10, 14, null, 24, 8,
                    "OWNED, the showcase: expectation with why and goal link (ACC-24) set by alice; bob ALIGNED; "
                            + "control stated (rating 4); bob OWNER, alice SPONSOR; one ON_TRACK check-in"),
            new SampleIssue(IssueTypes.STORY, "Onboarding checklist for new team members", SandboxStatus.TO_DO, C, A,
                    20, 3, null, 16, null, "NONE: no record at all"),
            new SampleIssue(IssueTypes.TASK, "Upgrade the build to Java 17", SandboxStatus.TO_DO, B, A, 5, 6, null, 8,
                    null, "EXPECTATION_SET without a why: WHY_MISSING, ALIGNMENT_PENDING"),
            new SampleIssue(IssueTypes.BUG, "Login page rejects passwords with a trailing space",
                    SandboxStatus.IN_PROGRESS, C, D, -3, 12, null, 4, 6,
                    "ALIGNED (carol), no ownership declared yet, agreed date passed: OVERDUE, NO_OWNER"),
            new SampleIssue(IssueTypes.STORY, "Search results show the issue's owner", SandboxStatus.IN_REVIEW, B, A,
                    2, 20, null, 40, 36, "OWNED (bob), latest check-in AT_RISK with a new forecast date"),
            new SampleIssue(IssueTypes.EPIC, "Self-service accountability reports", SandboxStatus.IN_PROGRESS, A, A,
                    60, 30, null, null, null, "EXPECTATION_SET with why; bob and carol still pending: "
                            + "ALIGNMENT_PENDING"),
            new SampleIssue(IssueTypes.STORY, "Weekly digest e-mail of open concerns", SandboxStatus.TO_DO, C, B, 15, 5,
                    null, 16, null, "EXPECTATION_SET; carol answered CONCERNS with a comment: CONCERNS_OPEN"),
            new SampleIssue(IssueTypes.TASK, "Document the release checklist", SandboxStatus.DONE, B, A, -1, 25, 2, 8, 7,
                    "VERIFIED: bob's retrospective MET, alice agrees; on time against the agreed date"),
            new SampleIssue(IssueTypes.BUG, "Due date shows one day early in Sydney", SandboxStatus.DONE, C, A, -8, 28,
                    5, 6, 10, "RETROSPECTIVE_WRITTEN (MET, late): AWAITING_VERIFICATION"),
            new SampleIssue(IssueTypes.STORY, "Bulk edit keeps accountability fields", SandboxStatus.DONE, B, A, 3, 18, 1,
                    16, 12, "OWNED, then resolved without a retrospective: RETRO_MISSING"),
            new SampleIssue(IssueTypes.TASK, "Rotate the staging database credentials", SandboxStatus.IN_PROGRESS,
                    null, A, 3, 4, null, 2, null, "ALIGNED by bob and carol, unassigned, no owner: NO_OWNER"),
            new SampleIssue(IssueTypes.STORY, "Mobile layout for the issue panel", SandboxStatus.IN_PROGRESS, B, A, 9, 9,
                    null, 24, 4, "OWNED by carol while bob is the assignee: OWNER_NOT_ASSIGNEE"),
            new SampleIssue(IssueTypes.STORY, "Team dashboard gadget", SandboxStatus.IN_PROGRESS, C, A, 7, 40, null, 32,
                    20, "OWNED (carol), last check-in 20 days ago: STALE_CHECKIN"),
            new SampleIssue(IssueTypes.BUG, "CSV import drops the reporter", SandboxStatus.IN_PROGRESS, B, C, -4, 15,
                    null, 8, 9, "OWNED (bob), check-in ON_TRACK after the agreed date: STATUS_CONTRADICTS_DATES, "
                            + "OVERDUE"),
            new SampleIssue(IssueTypes.SUB_TASK, "Write the migration script", SandboxStatus.TO_DO, B, B, 6, 2, null, 4,
                    null, "NONE: a sub-task, which the seeded policy may leave out"),
            new SampleIssue(IssueTypes.STORY, "Audit log of permission changes", SandboxStatus.IN_PROGRESS, C, A, 12,
                    16, null, 24, 6, "Revision 2 of the expectation after carol ALIGNED to revision 1: her alignment "
                            + "is pending again (ALIGNMENT_PENDING)"),
            new SampleIssue(IssueTypes.TASK, "Reporting API for the finance team", SandboxStatus.TO_DO, B, A, 4, 7,
                    null, 16, null, "EXPECTATION_SET; bob ALIGNED with a later proposed date: a counter-proposal "
                            + "for alice"),
            new SampleIssue(IssueTypes.STORY, "SLA timer on the service desk queue", SandboxStatus.IN_PROGRESS, C, A,
                    14, 21, null, 24, 10, "carol was OWNER, then withdrew with a reason: NO_OWNER, the withdrawal "
                            + "stays in history"),
            new SampleIssue(IssueTypes.TASK, "Invoice rounding fix", SandboxStatus.IN_REVIEW, B, A, 1, 11, null, 6, 5,
                    "VERIFIED, then reopened by alice with a reason (the record is editable again)"),
            new SampleIssue(IssueTypes.STORY, "Faster issue page load", SandboxStatus.DONE, C, A, 2, 35, 10, 40, 30,
                    "VERIFIED: carol's retrospective EXCEEDED, finished early, alice agrees"),
            new SampleIssue(IssueTypes.BUG, "SSO logout redirects to the wrong page", SandboxStatus.DONE, B, C, -12, 30,
                    3, 8, 20, "VERIFIED: NOT_MET and late; the verifier (carol) does not agree, with a note"),
            new SampleIssue(IssueTypes.TASK, "Translate the panel into German", SandboxStatus.DONE, C, A, -2, 20, 6, 12,
                    14, "RETROSPECTIVE_WRITTEN: PARTIALLY_MET with lessons; AWAITING_VERIFICATION"),
            new SampleIssue(IssueTypes.STORY, "Show hostile text as text", SandboxStatus.TO_DO, B, A, 8, 1, null, 4,
                    null, "EXPECTATION_SET whose outcome contains <img src=x onerror=alert(1)>: must render as text"),
            new SampleIssue(IssueTypes.EPIC, "Quarterly goal: fewer missed commitments", SandboxStatus.IN_PROGRESS, A,
                    A, 80, 45, null, null, null, "The goal the other expectations link to; OWNED by alice, bob and "
                            + "carol CO_OWNER"),
            new SampleIssue(IssueTypes.STORY, "Accessibility review of the policy page", SandboxStatus.TO_DO, null, B,
                    null, 1, null, null, null, "NONE: unassigned, no due date"));

    private final Jdbc jdbc;
    private final SandboxUsers users;
    private final Projects projects;
    private final SandboxRights rights;
    private final SandboxIssues issues;
    private final Clock clock;

    public SampleData(Jdbc jdbc, SandboxUsers users, Projects projects, SandboxRights rights, SandboxIssues issues,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.projects = projects;
        this.rights = rights;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * Seeds users, projects, permissions and the ACC issues if this database has never been seeded; one transaction,
     * so a failed start leaves nothing half-seeded.
     *
     * @return whether it seeded now
     */
    public boolean seedHostIfNew() {
        return jdbc.inTransaction(connection -> {
            Counters.ensure(connection, SandboxIssues.ISSUE_ID_COUNTER, 10000);
            if (Meta.get(connection, ADMINISTRATOR_MARKER).isEmpty()) {
                // alice, lead of the sample projects, administers the sandbox (SPEC, Sandbox).
                rights.makeAdministrator(connection, A);
                Meta.put(connection, ADMINISTRATOR_MARKER, Instant.now(clock).toString());
            }
            if (Meta.get(connection, HOST_MARKER).isPresent()) {
                return false;
            }
            for (SampleUser user : USERS) {
                users.create(connection, new SandboxUser(UserKey.of(user.key()), user.displayName(),
                        user.key() + "@example.com"), user.key());
            }
            Project acc = new Project(ACC_PROJECT_ID, "ACC", "Accountability sample", UserKey.of(A));
            Project gen = new Project(GEN_PROJECT_ID, "GEN", "Generated issues", UserKey.of(A));
            projects.create(connection, acc);
            projects.create(connection, gen);
            rights.grant(connection, acc.id(), A, ProjectPermission.BROWSE, ProjectPermission.EDIT,
                    ProjectPermission.ADMIN);
            rights.grant(connection, acc.id(), B, ProjectPermission.BROWSE, ProjectPermission.EDIT);
            rights.grant(connection, acc.id(), C, ProjectPermission.BROWSE, ProjectPermission.EDIT);
            rights.grant(connection, acc.id(), D, ProjectPermission.BROWSE);
            // erin holds nothing in ACC; GEN gives every user something to see.
            rights.grant(connection, gen.id(), A, ProjectPermission.BROWSE, ProjectPermission.EDIT,
                    ProjectPermission.ADMIN);
            for (String user : List.of(B, C, D, "erin")) {
                rights.grant(connection, gen.id(), user, ProjectPermission.BROWSE, ProjectPermission.EDIT);
            }
            issues.create(connection, acc, SAMPLE_ISSUES.stream().map(this::toNewIssue).toList());
            Meta.put(connection, HOST_MARKER, Instant.now(clock).toString());
            return true;
        });
    }

    /**
     * Runs the accountability seeding hook once per database, after the host data exists. The marker is written only
     * when the hook returns normally, so a failing hook runs again on the next start.
     *
     * @return whether the hook ran now
     */
    public boolean seedAccountabilityIfNew(SampleAccountability hook) {
        if (hook == SampleAccountability.NONE
                || jdbc.inTransaction(c -> Meta.get(c, ACCOUNTABILITY_MARKER)).isPresent()) {
            return false;
        }
        hook.seed(sampleIssueRefs());
        jdbc.inTransaction(c -> {
            Meta.put(c, ACCOUNTABILITY_MARKER, Instant.now(clock).toString());
            return null;
        });
        return true;
    }

    /** The ACC sample issues with their ids and storylines, in key order. */
    public List<SampleIssueRef> sampleIssueRefs() {
        List<SampleIssueRef> refs = new ArrayList<>();
        for (int i = 0; i < SAMPLE_ISSUES.size(); i++) {
            String key = "ACC-" + (i + 1);
            long id = issues.byKey(key).orElseThrow(() -> new IllegalStateException(key + " was not seeded"))
                    .issueId();
            refs.add(new SampleIssueRef(key, id, SAMPLE_ISSUES.get(i).storyline()));
        }
        return refs;
    }

    private NewIssue toNewIssue(SampleIssue sample) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new NewIssue(
                sample.type(),
                sample.summary(),
                sample.status(),
                Optional.ofNullable(sample.assignee()).map(UserKey::of),
                Optional.ofNullable(sample.reporter()).map(UserKey::of),
                Optional.ofNullable(sample.dueInDays()).map(today::plusDays),
                now.minus(Duration.ofDays(sample.createdDaysAgo())),
                Optional.ofNullable(sample.resolvedDaysAgo()).map(days -> now.minus(Duration.ofDays(days))),
                Optional.ofNullable(sample.estimateHours()).map(hours -> hours * 3600L),
                Optional.ofNullable(sample.spentHours()).map(hours -> hours * 3600L));
    }
}
