package com.allinaccountability.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports over crafted records whose every number is known in advance. */
class ReportServiceTest {
    private static final long OTHER_PROJECT = 20_000;
    private final MutableClock clock = MutableClock.at("2026-03-31T12:00:00Z");
    private final InMemoryRecordStore store = new InMemoryRecordStore();
    private final FakeHost host = new FakeHost().project("ACC", Fixtures.PROJECT_ID).admin(Fixtures.PROJECT_ID,
            "alice").browser(Fixtures.PROJECT_ID,
            "dave").project("OTH", OTHER_PROJECT).browser(OTHER_PROJECT, "alice");
    private final ReportService reports = new ReportService(store, host, host, clock);

    private static final LocalDate FROM = LocalDate.parse("2026-03-02");
    private static final LocalDate TO = LocalDate.parse("2026-03-31");

    /**
     * 1: verified, MET, resolved 03-10 against an agreed date of 03-12 and a due date of 03-09 (on time vs agreed, late
     * vs due), lessons "A". 2: retrospective NOT_MET, resolved 03-20 against agreed 03-15 (late), lessons "B". 3:
     * owned by carol while assigned to bob, unresolved, concerns from dave. 4: expectation only, no why. 5: resolved
     * before the period (excluded). 6: in another project. 7: set after the period (excluded).
     */
    private void craft() {
        save(issue(1, "bob", "2026-03-09", "2026-03-10T10:00:00Z"), record(1, "2026-03-02T09:00:00Z", "2026-03-12")
                .withAlignments(List.of(aligned("bob", 1, "2026-03-02T10:00:00Z")))
                .withOwnership(List.of(owner("bob")))
                .withRetrospective(retro(RetrospectiveResult.MET, "A", "2026-03-10T12:00:00Z"))
                .withVerification(Optional.of(new Verification(UserKey.of("alice"), true, "",
                        Instant.parse("2026-03-11T09:00:00Z")))));
        save(issue(2, "bob", null, "2026-03-20T10:00:00Z"), record(2, "2026-03-03T09:00:00Z", "2026-03-15")
                .withAlignments(List.of(aligned("bob", 1, "2026-03-03T10:00:00Z")))
                .withOwnership(List.of(owner("bob")))
                .withRetrospective(retro(RetrospectiveResult.NOT_MET, "B", "2026-03-21T12:00:00Z")));
        save(issue(3, "bob", null, null), record(3, "2026-03-16T09:00:00Z", "2026-04-30")
                .withAlignments(List.of(aligned("carol", 1, "2026-03-16T10:00:00Z"),
                        new Alignment(UserKey.of("dave"), AlignmentState.CONCERNS, "scope", Optional.empty(), 1,
                                Instant.parse("2026-03-16T11:00:00Z"))))
                .withOwnership(List.of(owner("carol")))
                .withCheckins(List.of(new CheckIn(UserKey.of("carol"), CheckInStatus.AT_RISK, "",
                        Optional.empty(), Instant.parse("2026-03-30T10:00:00Z")))));
        save(issue(4, "bob", null, null), AccountabilityRecord.empty(4, Fixtures.PROJECT_ID).withRevisions(List.of(
                new Expectation(1, "Only an outcome", "", LocalDate.parse("2026-04-10"), "", UserKey.of("alice"),
                        Instant.parse("2026-03-25T09:00:00Z")))));
        save(issue(5, "bob", null, "2026-02-20T10:00:00Z"), record(5, "2026-02-01T09:00:00Z", "2026-02-25"));
        IssueFacts other = new IssueFacts(6, "OTH-6", OTHER_PROJECT, "OTH", "Story", "x", "To Do",
                StatusCategory.NEW, Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.parse("2026-03-01T00:00:00Z"), Optional.empty(), Optional.empty(), Optional.empty());
        host.issue(other);
        store.save(record(6, "2026-03-05T09:00:00Z", "2026-03-30").withVersion(0), List.of());
        save(issue(7, "bob", null, null), record(7, "2026-04-02T09:00:00Z", "2026-04-30"));
    }

    @Test
    void every_rate_and_count_of_a_crafted_project() {
        craft();

        ProjectReport report = report(Caller.of("alice"));

        assertThat(report.funnel().issues()).isEqualTo(4);
        assertThat(report.funnel().steps()).isEqualTo(new ProjectReport.Steps(4, 3, 3, 0, 3, 2, 1));
        assertThat(report.rates().alignment()).isEqualTo(new Rate(3, 4));
        assertThat(report.rates().openConcerns()).isEqualTo(1);
        assertThat(report.rates().ownership()).isEqualTo(new Rate(3, 4));
        assertThat(report.rates().ownerIsAssignee()).isEqualTo(new Rate(2, 3));
        assertThat(report.rates().retrospectives()).isEqualTo(new Rate(2, 2));
        assertThat(report.rates().verification()).isEqualTo(new Rate(1, 2));
        assertThat(report.results()).containsEntry(RetrospectiveResult.MET,
                1).containsEntry(RetrospectiveResult.NOT_MET, 1)
                .containsEntry(RetrospectiveResult.EXCEEDED, 0).containsEntry(RetrospectiveResult.PARTIALLY_MET, 0);
        assertThat(report.funnel().stages()).containsEntry(Stage.VERIFIED,
                1).containsEntry(Stage.RETROSPECTIVE_WRITTEN, 1)
                .containsEntry(Stage.OWNED, 1).containsEntry(Stage.EXPECTATION_SET, 1).containsEntry(Stage.NONE, 0);
    }

    @Test
    void on_time_is_measured_against_the_agreed_date_not_the_due_date() {
        craft();

        ProjectReport report = report(Caller.of("alice"));

        assertThat(report.rates().onTime()).as("issue 1 on time, issue 2 late").isEqualTo(new Rate(1, 2));
        assertThat(report.rates().onTimeAgainstDueDate()).as("issue 1 was a day past its due date").isEqualTo(new Rate(0, 1));
    }

    @Test
    void owners_lessons_and_check_ins() {
        craft();

        ProjectReport report = report(Caller.of("alice"));

        assertThat(report.owners()).extracting(ProjectReport.OwnerRow::owner).containsExactly("bob", "carol");
        assertThat(report.owners().get(0)).satisfies(bob -> {
            assertThat(bob.commitments()).isEqualTo(3);
            assertThat(bob.resolved()).isEqualTo(2);
            assertThat(bob.onTime()).isEqualTo(new Rate(1, 2));
        });
        assertThat(report.lessons()).extracting(ProjectReport.Lesson::text).containsExactly("B", "A");
        assertThat(report.lessons()).extracting(ProjectReport.Lesson::issueKey).containsExactly("ACC-2", "ACC-1");
        assertThat(report.checkins().latest()).containsEntry(CheckInStatus.AT_RISK, 1);
    }

    @Test
    void the_weekly_trend_puts_each_event_in_its_week() {
        craft();

        List<ProjectReport.Week> trend = report(Caller.of("alice")).trend();

        assertThat(trend).extracting(ProjectReport.Week::weekStart).containsExactly(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-23"),
                LocalDate.parse("2026-03-30"));
        assertThat(trend.get(0).expectationsSet()).isEqualTo(2);
        assertThat(trend.get(1)).isEqualTo(new ProjectReport.Week(LocalDate.parse("2026-03-09"), 0, 1, 1, 1, 1));
        assertThat(trend.get(2)).isEqualTo(new ProjectReport.Week(LocalDate.parse("2026-03-16"), 1, 1, 0, 1, 0));
        assertThat(trend.get(3).expectationsSet()).isEqualTo(1);
    }

    @Test
    void only_issues_the_viewer_may_browse_are_counted() {
        craft();
        FakeHost narrow = new FakeHost() {
            @Override
            public boolean canBrowse(Caller caller, IssueFacts issue) {
                return issue.issueId() != 1 && super.canBrowse(caller, issue);
            }
        }.browser(Fixtures.PROJECT_ID, "dave");
        for (long id = 1; id <= 7; id++) {
            host.byId(id).ifPresent(narrow::issue);
        }
        ProjectReport trimmed = done(new ReportService(store, narrow, narrow, clock)
                .report(Caller.of("dave"), "ACC", Optional.of(FROM), Optional.of(TO)));

        assertThat(trimmed.funnel().issues()).isEqualTo(3);
        assertThat(trimmed.lessons()).extracting(ProjectReport.Lesson::issueKey).containsExactly("ACC-2");
        assertThat(reports.report(Caller.of("erin"), "ACC", Optional.empty(), Optional.empty()))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void a_period_that_ends_before_it_starts_or_is_too_long_is_refused() {
        assertThat(reports.report(Caller.of("alice"), "ACC", Optional.of(TO), Optional.of(FROM)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(reports.report(Caller.of("alice"), "ACC", Optional.of(FROM.minusYears(3)), Optional.of(TO)))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void a_period_that_would_start_before_year_one_is_refused_naming_the_field_given() {
        Outcome<ProjectReport> endOnly = reports.report(Caller.of("alice"), "ACC", Optional.empty(),
                Optional.of(LocalDate.of(1, 1, 1)));
        Outcome<ProjectReport> fromYearZero = reports.report(Caller.of("alice"), "ACC",
                Optional.of(LocalDate.of(0, 12, 31)), Optional.of(LocalDate.of(1, 1, 7)));

        assertThat(endOnly).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("to"));
        assertThat(fromYearZero).isInstanceOfSatisfying(Outcome.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("from"));
        assertThat(reports.report(Caller.of("alice"), "ACC", Optional.of(LocalDate.of(1, 1, 1)),
                Optional.of(LocalDate.of(1, 1, 7)))).as("year 1 itself is fine").isInstanceOf(Outcome.Done.class);
    }

    @Test
    void an_empty_project_reports_zeroes_and_unmeasurable_rates() {
        ProjectReport report = report(Caller.of("alice"));

        assertThat(report.funnel().issues()).isZero();
        assertThat(report.rates().alignment().measurable()).isFalse();
        assertThat(report.rates().alignment().percent()).isEqualTo(-1);
    }

    private ProjectReport report(Caller caller) {
        return done(reports.report(caller, "ACC", Optional.of(FROM), Optional.of(TO)));
    }

    private static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    private void save(IssueFacts facts, AccountabilityRecord record) {
        host.issue(facts);
        assertThat(store.save(record, List.of())).isInstanceOf(
                com.allinaccountability.core.port.RecordStore.SaveResult.Saved.class);
    }

    private static IssueFacts issue(long id, String assignee, String due, String resolved) {
        IssueFacts base = Fixtures.anIssue(id, assignee, "alice");
        return new IssueFacts(id, base.issueKey(), base.projectId(), base.projectKey(), base.issueType(),
                base.summary(), resolved == null ? "In Progress" : "Done",
                resolved == null ? StatusCategory.INDETERMINATE : StatusCategory.DONE, base.assignee(),
                base.reporter(), Optional.ofNullable(due).map(LocalDate::parse), base.created(),
                Optional.ofNullable(resolved).map(Instant::parse), Optional.empty(), Optional.empty());
    }

    private static AccountabilityRecord record(long id, String setAt, String target) {
        long project = id == 6 ? OTHER_PROJECT : Fixtures.PROJECT_ID;
        return AccountabilityRecord.empty(id, project).withRevisions(List.of(new Expectation(1, "Outcome " + id,
                "Why " + id, LocalDate.parse(target), "", UserKey.of("alice"), Instant.parse(setAt))));
    }

    private static Alignment aligned(String user, int revision, String at) {
        return new Alignment(UserKey.of(user), AlignmentState.ALIGNED, "", Optional.empty(), revision,
                Instant.parse(at));
    }

    private static OwnershipDeclaration owner(String user) {
        return OwnershipDeclaration.declared(UserKey.of(user), OwnershipRole.OWNER, "ours",
                Instant.parse("2026-03-02T11:00:00Z"));
    }

    private static Retrospective retro(RetrospectiveResult result, String lessons, String at) {
        return new Retrospective(result, "evidence", "", "", lessons, "", UserKey.of("bob"), Instant.parse(at), 1);
    }
}
