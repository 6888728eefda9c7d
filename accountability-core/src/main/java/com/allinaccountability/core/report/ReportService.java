package com.allinaccountability.core.report;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.rules.Assessor;
import com.allinaccountability.core.rules.Violations;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.Visible;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Builds a project's accountability report by streaming its records once, in pages, so memory stays bounded by the
 * page size, the number of owners and the number of weeks, never by the number of issues.
 */
public final class ReportService {
    /** How many lessons the digest keeps. */
    public static final int LESSONS = 50;
    /** The longest period a report covers, in days (about two years of weekly buckets). */
    public static final int MAX_PERIOD_DAYS = 731;
    /** The default period when none is given: the last 90 days. */
    public static final int DEFAULT_PERIOD_DAYS = 90;
    /** The first day a period may start: year 1, a Monday, so every weekly bucket stays in years 1 and later. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final int PAGE = 500;

    private final RecordStore store;
    private final Issues issues;
    private final Rights rights;
    private final Clock clock;
    private final Assessor assessor;

    public ReportService(RecordStore store, Issues issues, Rights rights, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.rights = rights;
        this.clock = clock;
        this.assessor = new Assessor(clock.getZone());
    }

    public Outcome<ProjectReport> report(
            Caller caller, String projectKey, Optional<LocalDate> from, Optional<LocalDate> to) {
        return Visible.project(issues, rights, caller, projectKey)
                .then(projectId -> report(caller, projectId, projectKey, from, to));
    }

    private Outcome<ProjectReport> report(Caller caller, long projectId, String projectKey,
            Optional<LocalDate> from, Optional<LocalDate> to) {
        LocalDate end = to.orElse(LocalDate.now(clock));
        LocalDate start = from.orElse(end.minusDays(DEFAULT_PERIOD_DAYS));
        Violations violations = new Violations();
        if (start.isBefore(EARLIEST)) {
            // Without a start the period is the days before its end, which may fall before year 1 (and so out of
            // what the dates in the answer can be written as): name the field the caller gave.
            violations.field(from.isPresent() ? "from" : "to", from.isPresent()
                    ? "The period must start on or after " + EARLIEST + "."
                    : "Without a start, the period is the " + DEFAULT_PERIOD_DAYS + " days up to its end, which must "
                            + "then be on or after " + EARLIEST.plusDays(DEFAULT_PERIOD_DAYS) + ".");
        } else if (start.isAfter(end)) {
            violations.field("from", "The period must start on or before its end.");
        } else if (ChronoUnit.DAYS.between(start, end) > MAX_PERIOD_DAYS) {
            violations.field("from", "A report covers at most " + MAX_PERIOD_DAYS + " days.");
        }
        if (violations.any()) {
            return new Outcome.Invalid<>(violations.fields(), violations.messages());
        }
        Tally tally = new Tally(start, end, clock.instant(), clock.getZone(),
                store.checkinCadenceDays(projectId));
        List<AccountabilityRecord> page = new ArrayList<>(PAGE);
        store.forEachInProject(projectId, record -> {
            page.add(record);
            if (page.size() == PAGE) {
                count(caller, page, tally);
            }
        });
        count(caller, page, tally);
        return Outcome.done(tally.report(projectKey));
    }

    private void count(Caller caller, List<AccountabilityRecord> page, Tally tally) {
        if (page.isEmpty()) {
            return;
        }
        Map<Long, IssueFacts> facts = issues.byIds(page.stream().map(AccountabilityRecord::issueId).toList());
        java.util.Set<Long> browsable = rights.browsable(caller, facts.values());
        for (AccountabilityRecord record : page) {
            IssueFacts issue = facts.get(record.issueId());
            if (issue != null && browsable.contains(issue.issueId())) {
                tally.add(record, issue, assessor);
            }
        }
        page.clear();
    }

    /** The running counts of one report. */
    private static final class Tally {
        private final LocalDate from;
        private final LocalDate to;
        private final Instant now;
        private final int cadenceDays;
        private final java.time.ZoneId zone;
        private int issues;
        private final Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        private int why, ownerAligned, control, ownership, retrospective, verified;
        /** Of the declared owners, those who are the assignee. */
        private final RateTally ownerIsAssignee = new RateTally();
        /** Of the resolved issues, those with a retrospective. */
        private final RateTally retrospectives = new RateTally();
        private final Map<RetrospectiveResult, Integer> results = new EnumMap<>(RetrospectiveResult.class);
        /** Of the resolved issues, those delivered by the date the owner agreed to, and by Jira's due date. */
        private final RateTally onTime = new RateTally(), onTimeAgainstDueDate = new RateTally();
        private final Map<CheckInStatus, Integer> latest = new EnumMap<>(CheckInStatus.class);
        private int withoutCheckin;
        private final Map<HealthFlag, Integer> health = new EnumMap<>(HealthFlag.class);
        private final Map<String, OwnerTally> owners = new TreeMap<>();
        private final PriorityQueue<ProjectReport.Lesson> lessons =
                new PriorityQueue<>(Comparator.comparing(ProjectReport.Lesson::at));
        private final TreeMap<LocalDate, WeekTally> weeks = new TreeMap<>();

        Tally(LocalDate from, LocalDate to, Instant now, java.time.ZoneId zone, int cadenceDays) {
            this.zone = zone;
            this.from = from;
            this.to = to;
            this.now = now;
            this.cadenceDays = cadenceDays;
            for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
                weeks.put(week, new WeekTally());
            }
        }

        void add(AccountabilityRecord record, IssueFacts facts, Assessor assessor) {
            Optional<Expectation> first = record.revisions().stream().findFirst();
            Optional<LocalDate> resolvedOn = facts.resolved().map(this::date);
            if (first.isEmpty() || date(first.get().setAt()).isAfter(to)
                    || resolvedOn.map(r -> r.isBefore(from)).orElse(false)) {
                return;
            }
            Assessment assessment = assessor.assess(record, facts, cadenceDays, now);
            issues++;
            stages.merge(assessment.stage(), 1, Integer::sum);
            assessment.health().forEach(flag -> health.merge(flag, 1, Integer::sum));
            if (record.expectation().orElseThrow().hasWhy()) {
                why++;
            }
            if (Assessor.ownerAligned(record, facts)) {
                ownerAligned++;
            }
            if (record.control().isPresent()) {
                control++;
            }
            record.owner().ifPresent(owner -> {
                ownership++;
                ownerIsAssignee.measure(facts.assignee().equals(Optional.of(owner)));
            });
            if (facts.isResolved()) {
                retrospectives.measure(record.retrospective().isPresent());
            }
            record.retrospective().ifPresent(retro -> {
                retrospective++;
                results.merge(retro.result(), 1, Integer::sum);
                if (!retro.lessons().isBlank()) {
                    lessons.add(new ProjectReport.Lesson(facts.issueKey(), retro.author().value(), retro.at(),
                            retro.result(), retro.lessons()));
                    if (lessons.size() > LESSONS) {
                        lessons.poll();
                    }
                }
            });
            if (record.verification().isPresent()) {
                verified++;
            }
            Optional<Boolean> deliveredOnTime = assessment.performance().onTime();
            deliveredOnTime.ifPresent(onTime::measure);
            if (resolvedOn.isPresent() && facts.dueDate().isPresent()) {
                onTimeAgainstDueDate.measure(!resolvedOn.get().isAfter(facts.dueDate().get()));
            }
            if (Assessor.underWay(record, facts)) {
                Optional<CheckIn> last = record.latestCheckin();
                if (last.isPresent()) {
                    latest.merge(last.get().status(), 1, Integer::sum);
                } else {
                    withoutCheckin++;
                }
            }
            Optional<String> owner = Assessor.accountablePerson(record, facts).map(u -> u.value());
            owner.ifPresent(o -> owners.computeIfAbsent(o, k -> new OwnerTally())
                    .add(facts.isResolved(), deliveredOnTime, record.retrospective().map(Retrospective::result)));
            weekOf(first.get().setAt()).ifPresent(week -> week.expectationsSet++);
            record.retrospective().flatMap(r -> weekOf(r.at())).ifPresent(week -> week.retrospectivesWritten++);
            record.verification().flatMap(v -> weekOf(v.at())).ifPresent(week -> week.verified++);
            facts.resolved().flatMap(this::weekOf).ifPresent(week -> {
                week.resolved++;
                if (deliveredOnTime.orElse(false)) {
                    week.resolvedOnTime++;
                }
            });
        }

        /** The week {@code at} falls in, when that is within the period. */
        private Optional<WeekTally> weekOf(Instant at) {
            LocalDate day = date(at);
            return day.isBefore(from) || day.isAfter(to) ? Optional.empty() : Optional.of(weeks.get(monday(day)));
        }

        ProjectReport report(String projectKey) {
            List<ProjectReport.Lesson> newestFirst = new ArrayList<>(lessons);
            newestFirst.sort(Comparator.comparing(ProjectReport.Lesson::at).reversed()
                    .thenComparing(ProjectReport.Lesson::issueKey));
            List<ProjectReport.OwnerRow> ownerRows = new ArrayList<>();
            owners.forEach((owner, t) -> ownerRows.add(new ProjectReport.OwnerRow(owner, t.commitments, t.resolved,
                    t.onTime.rate(), t.results)));
            List<ProjectReport.Week> trend = new ArrayList<>();
            weeks.forEach((weekStart, week) -> trend.add(week.of(weekStart)));
            return new ProjectReport(new ProjectReport.Period(projectKey, from, to, now),
                    // Every counted issue has an expectation (add() skips the others).
                    new ProjectReport.Funnel(issues, filled(stages, Stage.class), new ProjectReport.Steps(issues, why,
                            ownerAligned, control, ownership, retrospective, verified)),
                    new ProjectReport.Rates(new Rate(ownerAligned, issues), count(HealthFlag.CONCERNS_OPEN),
                            new Rate(ownership, issues), ownerIsAssignee.rate(), retrospectives.rate(),
                            new Rate(verified, retrospective), onTime.rate(), onTimeAgainstDueDate.rate()),
                    filled(results, RetrospectiveResult.class),
                    new ProjectReport.CheckInHealth(filled(latest, CheckInStatus.class), withoutCheckin,
                            count(HealthFlag.STALE_CHECKIN), count(HealthFlag.STATUS_CONTRADICTS_DATES)),
                    filled(health, HealthFlag.class), ownerRows, newestFirst, trend);
        }

        private int count(HealthFlag flag) {
            return health.getOrDefault(flag, 0);
        }

        private static <E extends Enum<E>> Map<E, Integer> filled(Map<E, Integer> counts, Class<E> type) {
            Map<E, Integer> all = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                all.put(value, counts.getOrDefault(value, 0));
            }
            return all;
        }

        private LocalDate date(Instant instant) {
            return LocalDate.ofInstant(instant, zone);
        }

        private static LocalDate monday(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

    private static final class OwnerTally {
        int commitments, resolved;
        final RateTally onTime = new RateTally();
        final Map<RetrospectiveResult, Integer> results = new EnumMap<>(RetrospectiveResult.class);

        void add(boolean isResolved, Optional<Boolean> wasOnTime, Optional<RetrospectiveResult> result) {
            commitments++;
            if (isResolved) {
                resolved++;
            }
            wasOnTime.ifPresent(onTime::measure);
            result.ifPresent(r -> results.merge(r, 1, Integer::sum));
        }
    }

    /** A running {@link Rate}: how many of the measured issues count. */
    private static final class RateTally {
        private int count, of;

        void measure(boolean counts) {
            of++;
            if (counts) {
                count++;
            }
        }

        Rate rate() {
            return new Rate(count, of);
        }
    }

    /** What happened in one week of the period, as {@link ProjectReport.Week} reports it. */
    private static final class WeekTally {
        int expectationsSet, retrospectivesWritten, verified, resolved, resolvedOnTime;

        ProjectReport.Week of(LocalDate weekStart) {
            return new ProjectReport.Week(weekStart, expectationsSet, retrospectivesWritten, verified, resolved,
                    resolvedOnTime);
        }
    }
}
