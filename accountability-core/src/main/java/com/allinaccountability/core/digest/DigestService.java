package com.allinaccountability.core.digest;

import com.allinaccountability.core.model.ProjectDigest;
import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.DigestLedger;
import com.allinaccountability.core.port.DigestSender;
import com.allinaccountability.core.port.Directory;
import com.allinaccountability.core.model.ProjectLead;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.Preferences;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.port.WaitingIndex;
import com.allinaccountability.core.rules.Assessor;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.core.model.WaitingStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Sends each person the digest of what waits for them, once per period of their {@link DigestFrequency}, and each
 * project lead a weekly digest of their project. Runs from the host's scheduler (once per cluster) or an
 * administrator's "send now"; safe to run on several nodes at once: the {@link DigestLedger}'s claim decides who
 * sends each digest.
 *
 * <p>Memory stays bounded: people are walked a page of {@link #USERS_PER_PAGE} at a time through the waiting index,
 * projects a page of records at a time, and a digest lists at most {@link #MAX_LINES} lines with the total beside.
 */
public final class DigestService {
    /** The most lines a digest lists; the rest are counted. */
    public static final int MAX_LINES = 50;
    /** How many people one page of the run handles: a constant number of queries per page. */
    static final int USERS_PER_PAGE = 200;
    /** A claim older than this without an outcome belongs to a node that died mid-send; the next run retries it. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(30);
    private static final int RECORDS_PER_PAGE = 500;
    /**
     * ISO 8601 weeks (Monday first, week 1 holds the year's first Thursday) of the week-based year: 2027-01-01 is in
     * {@code 2026-W53}. Pattern letters {@code YYYY-ww} would take the week rules of a locale instead.
     */
    private static final DateTimeFormatter WEEK = new DateTimeFormatterBuilder()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
            .appendLiteral("-W")
            .appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2)
            .toFormatter(Locale.ROOT);
    private static final System.Logger LOG = System.getLogger(DigestService.class.getName());

    private final WaitingService waiting;
    private final WaitingIndex index;
    private final RecordStore store;
    private final Issues issues;
    private final Rights rights;
    private final Preferences preferences;
    private final Directory directory;
    private final DigestLedger ledger;
    private final DigestSender sender;
    private final Clock clock;
    private final Assessor assessor;

    public DigestService(WaitingService waiting, WaitingIndex index, RecordStore store, Issues issues, Rights rights,
            Preferences preferences, Directory directory, DigestLedger ledger, DigestSender sender, Clock clock) {
        this.waiting = waiting;
        this.index = index;
        this.store = store;
        this.issues = issues;
        this.rights = rights;
        this.preferences = preferences;
        this.directory = directory;
        this.ledger = ledger;
        this.sender = sender;
        this.clock = clock;
        this.assessor = new Assessor(clock.getZone());
    }

    /** An administrator's "send now": the same run as the schedule's. */
    public Outcome<DigestRun> runNow(Caller caller) {
        if (!caller.isSignedIn()) {
            return new Outcome.NotSignedIn<>();
        }
        if (!rights.isAdministrator(caller)) {
            return new Outcome.Forbidden<>("Only administrators run the digests.");
        }
        return Outcome.done(run());
    }

    /** Reconciles the waiting index, then sends every digest that is due and not yet sent for its period. */
    public DigestRun run() {
        long started = System.nanoTime();
        int indexed = waiting.reconcile();
        long reconciled = System.nanoTime();
        Tally tally = new Tally();
        Instant now = clock.instant();
        personalDigests(now, tally);
        long personal = System.nanoTime();
        projectDigests(now, tally);
        long done = System.nanoTime();
        DigestRun run = new DigestRun(indexed, tally.sent, tally.failed, tally.alreadySent,
                (reconciled - started) / 1_000_000, (personal - reconciled) / 1_000_000, (done - personal) / 1_000_000);
        LOG.log(System.Logger.Level.INFO, "Accountability digests: " + run);
        return run;
    }

    /** The ledger's name of the period that {@code now} falls in for someone in {@code zone}. */
    public static String period(DigestFrequency frequency, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (frequency) {
            case DAILY -> today.toString();
            case WEEKLY -> WEEK.format(today);
            case NONE -> throw new IllegalArgumentException("No digest, no period");
        };
    }

    private void personalDigests(Instant now, Tally tally) {
        UserKey after = null;
        while (true) {
            List<WaitingStep> steps = index.openForUsersAfter(after, USERS_PER_PAGE, now);
            if (steps.isEmpty()) {
                return;
            }
            Map<UserKey, List<WaitingStep>> byUser = new LinkedHashMap<>();
            steps.forEach(step -> byUser.computeIfAbsent(step.user(), u -> new ArrayList<>()).add(step));
            Map<UserKey, DigestFrequency> frequencies = preferences.digests(byUser.keySet());
            Map<UserKey, Recipient> recipients = directory.recipients(byUser.keySet());
            Map<Long, IssueFacts> facts = issues.byIds(steps.stream().map(WaitingStep::issueId).distinct().toList());
            for (Map.Entry<UserKey, List<WaitingStep>> entry : byUser.entrySet()) {
                after = entry.getKey();
                DigestFrequency frequency = frequencies.getOrDefault(entry.getKey(), DigestFrequency.DEFAULT);
                Recipient to = recipients.get(entry.getKey());
                if (frequency == DigestFrequency.NONE || to == null) {
                    continue;
                }
                List<WaitingItem> items = visible(to.user(), entry.getValue(), facts);
                if (items.isEmpty()) {
                    continue;
                }
                String period = period(frequency, now, to.zone());
                PersonalDigest digest = new PersonalDigest(to, frequency, period, now,
                        items.subList(0, Math.min(MAX_LINES, items.size())), items.size());
                deliver("user:" + to.user().value(), period, tally, () -> sender.send(digest));
            }
        }
    }

    private List<WaitingItem> visible(UserKey user, List<WaitingStep> steps, Map<Long, IssueFacts> facts) {
        Caller caller = Caller.of(user);
        List<IssueFacts> theirs = steps.stream().map(s -> facts.get(s.issueId())).filter(f -> f != null).distinct()
                .toList();
        Set<Long> browsable = rights.browsable(caller, theirs);
        return steps.stream()
                .filter(s -> browsable.contains(s.issueId()))
                .sorted(WaitingStep.BY_URGENCY)
                .map(s -> new WaitingItem(s, facts.get(s.issueId())))
                .toList();
    }

    private void projectDigests(Instant now, Tally tally) {
        List<ProjectLead> projects = directory.projects();
        for (ProjectLead project : projects) {
            if (project.lead().isEmpty()) {
                continue;
            }
            UserKey lead = project.lead().get();
            Recipient to = directory.recipients(List.of(lead)).get(lead);
            if (to == null || preferences.digest(lead) == DigestFrequency.NONE) {
                continue;
            }
            String period = period(DigestFrequency.WEEKLY, now, to.zone());
            String recipient = "project:" + project.projectId();
            if (!ledger.claim(recipient, period, now, ABANDONED_AFTER)) {
                tally.alreadySent++;
                continue;
            }
            ProjectDigest digest;
            try {
                digest = projectDigest(project, to, period, now);
            } catch (RuntimeException e) {
                fail(recipient, period, now, e, tally);
                continue;
            }
            if (digest.flaggedIssues() == 0) {
                // Nothing needs the lead: the period is settled without a mail.
                ledger.sent(recipient, period, now);
                continue;
            }
            send(recipient, period, now, tally, () -> sender.send(digest));
        }
    }

    private ProjectDigest projectDigest(ProjectLead project, Recipient to, String period, Instant now) {
        Caller lead = Caller.of(to.user());
        int cadence = store.checkinCadenceDays(project.projectId());
        Map<HealthFlag, Integer> counts = new EnumMap<>(HealthFlag.class);
        Comparator<ProjectDigest.FlaggedIssue> leastUrgentFirst = Comparator
                .comparing((ProjectDigest.FlaggedIssue f) -> f.agreedDate().orElse(LocalDate.MAX))
                .thenComparingLong(f -> f.issue().issueId())
                .reversed();
        PriorityQueue<ProjectDigest.FlaggedIssue> mostUrgent = new PriorityQueue<>(leastUrgentFirst);
        int[] flagged = {0};
        List<AccountabilityRecord> page = new ArrayList<>();
        Runnable flush = () -> {
            Map<Long, IssueFacts> facts = issues.byIds(page.stream().map(AccountabilityRecord::issueId).toList());
            Set<Long> browsable = rights.browsable(lead, facts.values());
            for (AccountabilityRecord record : page) {
                IssueFacts issue = facts.get(record.issueId());
                if (issue == null || !browsable.contains(record.issueId())) {
                    continue;
                }
                Assessment assessment = assessor.assess(record, issue, cadence, now);
                Set<HealthFlag> flags = EnumSet.noneOf(HealthFlag.class);
                for (HealthFlag flag : ProjectDigest.FLAGS) {
                    if (assessment.health().contains(flag)) {
                        flags.add(flag);
                        counts.merge(flag, 1, Integer::sum);
                    }
                }
                if (!flags.isEmpty()) {
                    flagged[0]++;
                    mostUrgent.add(new ProjectDigest.FlaggedIssue(issue, flags,
                            assessment.performance().agreedDate()));
                    if (mostUrgent.size() > MAX_LINES) {
                        mostUrgent.poll();
                    }
                }
            }
            page.clear();
        };
        store.forEachInProject(project.projectId(), record -> {
            page.add(record);
            if (page.size() == RECORDS_PER_PAGE) {
                flush.run();
            }
        });
        flush.run();
        List<ProjectDigest.FlaggedIssue> issuesList = new ArrayList<>(mostUrgent);
        issuesList.sort(leastUrgentFirst.reversed());
        return new ProjectDigest(to, project, period, now, counts, issuesList, flagged[0]);
    }

    /** Claims, sends and records one digest. */
    private void deliver(String recipient, String period, Tally tally, Sending sending) {
        Instant now = clock.instant();
        if (!ledger.claim(recipient, period, now, ABANDONED_AFTER)) {
            tally.alreadySent++;
            return;
        }
        send(recipient, period, now, tally, sending);
    }

    private void send(String recipient, String period, Instant now, Tally tally, Sending sending) {
        try {
            sending.send();
        } catch (DigestSender.NotSent | RuntimeException e) {
            fail(recipient, period, now, e, tally);
            return;
        }
        ledger.sent(recipient, period, clock.instant());
        tally.sent++;
    }

    private void fail(String recipient, String period, Instant now, Exception e, Tally tally) {
        LOG.log(System.Logger.Level.WARNING, "The accountability digest for " + recipient + " (" + period
                + ") was not sent; the next run tries again", e);
        ledger.failed(recipient, period, now, String.valueOf(e.getMessage()));
        tally.failed++;
    }

    @FunctionalInterface
    private interface Sending {
        void send() throws DigestSender.NotSent;
    }

    private static final class Tally {
        int sent;
        int failed;
        int alreadySent;
    }
}
