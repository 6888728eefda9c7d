package com.allinaccountability.core.digest;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.ProjectDigest;

import static com.allinaccountability.core.fixtures.WaitingWorld.done;
import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.FakeDirectory;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryDigestLedger;
import com.allinaccountability.core.fixtures.InMemoryPreferences;
import com.allinaccountability.core.fixtures.RecordingDigestSender;
import com.allinaccountability.core.fixtures.WaitingWorld;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.model.WaitingStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The digests on the {@link WaitingWorld}: alice leads ACC, root administers Jira. 2026-03-02 is a Monday (W10). */
class DigestServiceTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private final WaitingWorld world = new WaitingWorld();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final FakeDirectory directory = new FakeDirectory()
            .person("alice").person("bob").person("carol").person("dave")
            .project(Fixtures.PROJECT_ID, Fixtures.PROJECT_KEY, "alice");
    private final InMemoryDigestLedger ledger = new InMemoryDigestLedger();
    private final RecordingDigestSender sender = new RecordingDigestSender();
    private final DigestService digests = digestService();

    DigestServiceTest() {
        world.host.administrator("root");
    }

    private DigestService digestService() {
        return new DigestService(world.waiting, world.index, world.records, world.host, world.host, preferences,
                directory, ledger, sender, world.clock);
    }

    private List<String> personalTo() {
        return sender.personal().stream().map(d -> d.to().user() + "@" + d.period()).toList();
    }

    private void bobHasSomethingToAlign() {
        world.issue(1, "bob");
        world.expect("carol", "ACC-1", "2026-03-31");
    }

    @Test
    void send_now_is_for_signed_in_administrators() {
        bobHasSomethingToAlign();

        assertThat(digests.runNow(Caller.anonymous())).isInstanceOf(Outcome.NotSignedIn.class);
        assertThat(digests.runNow(Caller.of("alice"))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(sender.personal()).isEmpty();

        DigestRun run = done(digests.runNow(Caller.of("root")));

        assertThat(run.sent()).isEqualTo(1);
        assertThat(run.recordsIndexed()).isEqualTo(1);
        assertThat(personalTo()).containsExactly("bob@2026-W10");
    }

    @Test
    void one_weekly_digest_per_iso_week() {
        bobHasSomethingToAlign();

        assertThat(digests.run().sent()).isEqualTo(1);
        DigestRun again = digests.run();
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(2);
        world.clock.advance(Duration.ofDays(6).plusHours(13));
        assertThat(digests.run().sent()).isZero();
        world.clock.advance(Duration.ofHours(1));

        assertThat(digests.run().sent()).isEqualTo(1);
        assertThat(personalTo()).containsExactly("bob@2026-W10", "bob@2026-W11");
    }

    @Test
    void one_daily_digest_per_day() {
        bobHasSomethingToAlign();
        preferences.set("bob", DigestFrequency.DAILY);

        digests.run();
        digests.run();
        world.clock.advance(Duration.ofDays(1));
        digests.run();

        assertThat(personalTo()).containsExactly("bob@2026-03-02", "bob@2026-03-03");
    }

    @Test
    void the_week_turns_in_the_recipients_zone() {
        directory.person("bob", AUCKLAND);
        world.issue(1, "bob");
        world.issue(2, "dave");
        world.expect("carol", "ACC-1", "2026-03-31");
        world.expect("carol", "ACC-2", "2026-03-31");
        // Sunday 8 March 10:00 UTC is 23:00 in Auckland (UTC+13): still week 10 for both.
        world.clock.advance(Duration.ofDays(6));
        digests.run();
        assertThat(personalTo()).containsExactlyInAnyOrder("bob@2026-W10", "dave@2026-W10");

        // 12:00 UTC is Monday 01:00 in Auckland: week 11 there, still week 10 in UTC.
        world.clock.advance(Duration.ofHours(2));
        DigestRun run = digests.run();

        assertThat(run.sent()).isEqualTo(1);
        assertThat(personalTo()).containsExactlyInAnyOrder("bob@2026-W10", "dave@2026-W10", "bob@2026-W11");
    }

    @Test
    void nobody_who_chose_none_nor_who_has_nothing_waiting_gets_mail() {
        world.issue(1, "bob");
        world.issue(2, "dave");
        world.issue(3, "alice");
        world.expect("carol", "ACC-1", "2026-03-31");
        world.expect("carol", "ACC-2", "2026-03-31");
        world.expect("carol", "ACC-3", "2026-03-31");
        preferences.set("dave", DigestFrequency.NONE);
        world.host.hide("ACC-3", "alice");

        DigestRun run = digests.run();

        assertThat(personalTo()).containsExactly("bob@2026-W10");
        assertThat(run.sent()).isEqualTo(1);
        assertThat(ledger.entry("user:dave", "2026-W10")).isEmpty();
        assertThat(ledger.entry("user:alice", "2026-W10")).isEmpty();
        assertThat(ledger.entry("user:carol", "2026-W10")).isEmpty();
    }

    @Test
    void a_refused_digest_is_counted_failed_and_sent_by_the_next_run() {
        bobHasSomethingToAlign();
        sender.failNext(1);

        DigestRun failed = digests.run();

        assertThat(failed.failed()).isEqualTo(1);
        assertThat(failed.sent()).isZero();
        assertThat(sender.personal()).isEmpty();
        assertThat(ledger.entry("user:bob", "2026-W10")).map(InMemoryDigestLedger.Entry::state)
                .contains(InMemoryDigestLedger.State.FAILED);

        DigestRun retried = digests.run();

        assertThat(retried.sent()).isEqualTo(1);
        assertThat(retried.failed()).isZero();
        assertThat(personalTo()).containsExactly("bob@2026-W10");
        assertThat(digests.run().sent()).isZero();
    }

    @Test
    void a_claim_abandoned_by_a_node_that_died_mid_send_is_sent_once_it_is_old_enough() {
        bobHasSomethingToAlign();
        ledger.claim("user:bob", "2026-W10", world.clock.instant(), Duration.ofMinutes(30));

        world.clock.advance(Duration.ofMinutes(20));
        DigestRun fresh = digests.run();
        assertThat(fresh.sent()).isZero();
        assertThat(fresh.alreadySent()).isEqualTo(1);

        world.clock.advance(Duration.ofMinutes(11));
        assertThat(digests.run().sent()).isEqualTo(1);
        assertThat(personalTo()).containsExactly("bob@2026-W10");
    }

    @Test
    void two_nodes_running_at_the_same_instant_send_each_digest_once() throws Exception {
        int people = 40;
        for (int i = 1; i <= people; i++) {
            String user = String.format("u%02d", i);
            world.host.browser(Fixtures.PROJECT_ID, user);
            directory.person(user);
            preferences.set(user, DigestFrequency.DAILY);
            world.issue(i, user);
            world.expect("carol", "ACC-" + i, "2026-03-31");
        }
        world.concerns("dave", "ACC-1");
        DigestService otherNode = digestService();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int day = 0; day < 5; day++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<DigestRun> one = pool.submit(() -> {
                    start.await();
                    return digests.run();
                });
                Future<DigestRun> two = pool.submit(() -> {
                    start.await();
                    return otherNode.run();
                });
                start.countDown();
                DigestRun a = one.get(30, TimeUnit.SECONDS);
                DigestRun b = two.get(30, TimeUnit.SECONDS);

                // Every day the 40 daily digests; in this week once carol's (a concern to answer) and alice's
                // project digest.
                assertThat(a.sent() + b.sent()).as("day " + day).isEqualTo(people + (day == 0 ? 2 : 0));
                assertThat(a.alreadySent() + b.alreadySent()).as("day " + day)
                        .isEqualTo(people + 2 + (day == 0 ? 0 : 2));
                assertThat(a.failed() + b.failed()).isZero();
                world.clock.advance(Duration.ofDays(1));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> perPeriod = sender.personal().stream()
                .collect(Collectors.groupingBy(d -> d.to().user() + "@" + d.period(), Collectors.counting()));
        assertThat(perPeriod).hasSize(people * 5 + 1).allSatisfy((k, count) -> assertThat(count).as(k).isOne());
        assertThat(sender.project()).hasSize(1);
    }

    @Test
    void the_leads_digest_counts_the_flags_on_issues_the_lead_may_browse() {
        world.issue(1, "bob");
        world.expect("carol", "ACC-1", "2026-03-31");
        world.concerns("dave", "ACC-1");
        world.issue(2, "bob");
        world.owned("ACC-2", "bob", "2026-03-05");
        world.issue(3, "bob");
        world.owned("ACC-3", "bob", "2026-03-31");
        world.host.resolve("ACC-3", world.clock.instant());
        world.writeRetrospective("bob", "ACC-3");
        world.issue(4, "bob");
        world.expect("carol", "ACC-4", "2026-03-31");
        world.concerns("dave", "ACC-4");
        world.host.hide("ACC-4", "alice");
        world.issue(5, "bob");
        world.expect("carol", "ACC-5", "2026-03-31");
        world.clock.advance(Duration.ofDays(10));

        digests.run();

        assertThat(sender.project()).hasSize(1);
        ProjectDigest digest = sender.project().get(0);
        assertThat(digest.to().user().value()).isEqualTo("alice");
        assertThat(digest.period()).isEqualTo("2026-W11");
        assertThat(digest.counts()).isEqualTo(Map.of(HealthFlag.CONCERNS_OPEN, 1, HealthFlag.OVERDUE, 1,
                HealthFlag.STALE_CHECKIN, 1, HealthFlag.AWAITING_VERIFICATION, 1));
        assertThat(digest.flaggedIssues()).isEqualTo(3);
        assertThat(digest.issues()).extracting(f -> f.issue().issueKey()).containsExactly("ACC-2", "ACC-3", "ACC-1");
        assertThat(digest.issues().get(0).flags()).containsExactlyInAnyOrder(HealthFlag.OVERDUE,
                HealthFlag.STALE_CHECKIN);

        digests.run();
        assertThat(sender.project()).hasSize(1);
    }

    @Test
    void a_lead_who_chose_none_or_a_project_with_nothing_flagged_gets_no_mail() {
        bobHasSomethingToAlign();
        digests.run();
        assertThat(sender.project()).isEmpty();

        world.concerns("dave", "ACC-1");
        preferences.set("alice", DigestFrequency.NONE);
        world.clock.advance(Duration.ofDays(7));
        digests.run();
        assertThat(sender.project()).isEmpty();
    }

    @Test
    void digests_list_the_most_urgent_lines_with_the_true_total() {
        int issues = DigestService.MAX_LINES + 13;
        for (int i = 1; i <= issues; i++) {
            world.issue(i, "bob");
            world.expect("carol", "ACC-" + i, LocalDate.parse("2026-03-03").plusDays((i * 7L) % 61).toString());
            if (i % 2 == 0) {
                world.align("bob", "ACC-" + i);
            }
            world.concerns("dave", "ACC-" + i);
        }

        digests.run();

        PersonalDigest bob = sender.personal().stream().filter(d -> d.to().user().value().equals("bob"))
                .findFirst().orElseThrow();
        assertThat(bob.total()).isEqualTo(issues);
        assertThat(bob.lines()).hasSize(DigestService.MAX_LINES);
        List<WaitingStep> all = new ArrayList<>(world.index.all().stream()
                .filter(s -> s.user().value().equals("bob")).toList());
        all.sort(WaitingStep.BY_URGENCY);
        assertThat(bob.lines()).extracting(WaitingItem::step).containsExactlyElementsOf(all.subList(0,
                DigestService.MAX_LINES));

        ProjectDigest lead = sender.project().get(0);
        assertThat(lead.flaggedIssues()).isEqualTo(issues);
        assertThat(lead.count(HealthFlag.CONCERNS_OPEN)).isEqualTo(issues);
        assertThat(lead.issues()).hasSize(DigestService.MAX_LINES);
        Function<ProjectDigest.FlaggedIssue, LocalDate> agreed = f -> f.agreedDate().orElse(LocalDate.MAX);
        List<Long> expected = world.records.loadAll(LongStream.rangeClosed(1, issues).boxed().toList()).values()
                .stream()
                .sorted(Comparator.comparing((AccountabilityRecord r) -> r.issueId() % 2 == 0
                        ? r.expectation().orElseThrow().targetDate() : LocalDate.MAX)
                        .thenComparingLong(AccountabilityRecord::issueId))
                .limit(DigestService.MAX_LINES).map(r -> r.issueId()).toList();
        assertThat(lead.issues()).extracting(f -> f.issue().issueId()).containsExactlyElementsOf(expected);
        assertThat(lead.issues()).isSortedAccordingTo(Comparator.comparing(agreed)
                .thenComparingLong(f -> f.issue().issueId()));
    }

    @Test
    void weekly_periods_are_iso_weeks_of_the_week_based_year() {
        assertThat(DigestService.period(DigestFrequency.WEEKLY, Instant.parse("2026-12-31T12:00:00Z"),
                ZoneOffset.UTC)).isEqualTo("2026-W53");
        assertThat(DigestService.period(DigestFrequency.WEEKLY, Instant.parse("2027-01-01T12:00:00Z"),
                ZoneOffset.UTC)).isEqualTo("2026-W53");
        assertThat(DigestService.period(DigestFrequency.WEEKLY, Instant.parse("2027-01-04T12:00:00Z"),
                ZoneOffset.UTC)).isEqualTo("2027-W01");
        assertThat(DigestService.period(DigestFrequency.WEEKLY, Instant.parse("2024-12-30T12:00:00Z"),
                ZoneOffset.UTC)).isEqualTo("2025-W01");
        assertThat(DigestService.period(DigestFrequency.WEEKLY, Instant.parse("2027-01-03T12:00:00Z"), AUCKLAND))
                .isEqualTo("2027-W01");
        assertThat(DigestService.period(DigestFrequency.DAILY, Instant.parse("2027-01-03T12:00:00Z"), AUCKLAND))
                .isEqualTo("2027-01-04");
        for (LocalDate day = LocalDate.parse("2019-12-20"); day.isBefore(LocalDate.parse("2031-01-10"));
                day = day.plusDays(1)) {
            String iso = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            assertThat(DigestService.period(DigestFrequency.WEEKLY, day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    ZoneOffset.UTC)).as(day.toString()).isEqualTo(iso);
        }
    }
}
