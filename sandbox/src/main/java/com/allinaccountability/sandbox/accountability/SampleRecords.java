package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Inputs;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.sandbox.hooks.SampleAccountability;
import com.allinaccountability.sandbox.host.IssueTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives the sample issues ACC-1 … ACC-25 the accountability records their storylines describe, by going through the
 * same service calls users make (so every rule, version and history event is real), with a clock set back to when
 * each step would have happened. Also stores SPEC's seeded policy for ACC.
 */
final class SampleRecords implements SampleAccountability {
    private static final Caller ALICE = Caller.of("alice");
    private static final Caller BOB = Caller.of("bob");
    private static final Caller CAROL = Caller.of("carol");
    private static final Caller DAVE = Caller.of("dave");

    private final RecordStore store;
    private final PolicyService policies;
    private final Host host;
    private final SettableClock clock;
    private final AccountabilityService service;
    private final GeneratedRecords generated;

    SampleRecords(RecordStore store, AccountabilityService live, PolicyService policies, Host host) {
        this.store = store;
        this.policies = policies;
        this.host = host;
        this.clock = new SettableClock(host.clock().getZone());
        this.service = new AccountabilityService(store, host.issues(), host.rights(), clock);
        this.generated = new GeneratedRecords(store, host.issues());
    }

    @Override
    public void generated(List<String> issueKeys) {
        generated.add(issueKeys);
    }

    @Override
    public void seed(List<SampleIssueRef> issues) {
        clock.set(host.clock().instant());
        done(policies.savePolicy(ALICE, "ACC", new Inputs.PolicyInput(
                List.of(IssueTypes.STORY, IssueTypes.TASK, IssueTypes.BUG, IssueTypes.EPIC),
                List.of(new Inputs.PolicyRuleInput(StatusCategory.INDETERMINATE, Set.of(Requirement.EXPECTATION_SET,
                                Requirement.WHY_STATED, Requirement.OWNER_ALIGNED, Requirement.OWNERSHIP_DECLARED)),
                        new Inputs.PolicyRuleInput(StatusCategory.DONE, Set.of(Requirement.RETROSPECTIVE_WRITTEN))),
                false, Optional.empty()), store.policy(host.issues().projectId("ACC").orElseThrow()).version()),
                "the ACC policy");
        Instant now = host.clock().instant();
        try {
            for (SampleIssueRef ref : issues) {
                story(ref.issueKey(), now);
            }
        } finally {
            clock.set(now);
        }
    }

    private void story(String key, Instant now) {
        Story s = new Story(key, now);
        switch (key) {
            case "ACC-1" -> s.at(12).expect(ALICE, "Customers export any invoice as a PDF that matches the printed "
                            + "layout, from the invoice list and the invoice page.",
                            "Finance answers ten export requests a week by hand; self-service frees a day a week.",
                            "ACC-24")
                    .at(11).align(BOB).declare(BOB, OwnershipRole.OWNER).control(BOB, 4)
                    .declare(ALICE, OwnershipRole.SPONSOR)
                    .at(3).checkIn(BOB, CheckInStatus.ON_TRACK, "Renderer done; list action in review.", null);
            case "ACC-3" -> s.at(5).expect(ALICE, "The build and CI run on Java 17.", "", "");
            case "ACC-4" -> s.at(11).expect(DAVE, "Passwords with a trailing space are accepted as typed.",
                            "Users are locked out after three tries and call support.", "")
                    .at(10).align(CAROL);
            case "ACC-5" -> s.at(18).expect(ALICE, "Search results show each issue's declared owner.",
                            "Leads look for who owns what without opening every issue.", "ACC-24")
                    .at(17).align(BOB).declare(BOB, OwnershipRole.OWNER)
                    .at(9).checkIn(BOB, CheckInStatus.ON_TRACK, "Index field added.", null)
                    .at(2).checkIn(BOB, CheckInStatus.AT_RISK, "Reindexing is slower than planned.", 6);
            case "ACC-6" -> s.at(29).expect(ALICE, "Teams read their accountability report in Confluence.",
                    "Leads spend an hour a week building this by hand.", "ACC-24");
            case "ACC-7" -> s.at(4).expect(BOB, "A weekly e-mail lists every open concern of the team.",
                            "Concerns get lost between stand-ups.", "")
                    .at(3).concerns(CAROL, "Which mail server may we use? Security must approve a new sender.");
            case "ACC-8" -> s.at(24).expect(ALICE, "The release checklist is written down in the wiki.",
                            "Two releases missed a step last quarter.", "")
                    .at(23).align(BOB).declare(BOB, OwnershipRole.OWNER)
                    .at(2).retro(BOB, RetrospectiveResult.MET, "The checklist page, used for release 4.2.",
                            "Review with the release manager.", "Start earlier.", "Write it while releasing.")
                    .at(1).verify(ALICE, true, "Used it for 4.2 myself.");
            case "ACC-9" -> s.at(27).expect(ALICE, "Due dates show the same day in every time zone.",
                            "Sydney customers miss deadlines by a day.", "")
                    .at(26).align(CAROL).declare(CAROL, OwnershipRole.OWNER)
                    .at(4).retro(CAROL, RetrospectiveResult.MET, "Tested in Sydney, London and LA time zones.",
                            "The failing test came first.", "It took longer than agreed.", "Time zones need tests.");
            case "ACC-10" -> s.at(17).expect(ALICE, "Bulk edit keeps the accountability record of every issue.",
                            "Admins lost records in a bulk move last month.", "")
                    .at(16).align(BOB).declare(BOB, OwnershipRole.OWNER);
            case "ACC-11" -> s.at(3).expect(ALICE, "Staging credentials are rotated and stored in the vault.",
                            "The old ones leaked into a log.", "")
                    .at(2).align(BOB).align(CAROL);
            case "ACC-12" -> s.at(8).expect(ALICE, "The panel is usable on a phone.",
                            "Half the team checks in from their phones.", "")
                    .at(7).align(CAROL).declare(CAROL, OwnershipRole.OWNER);
            case "ACC-13" -> s.at(39).expect(ALICE, "A dashboard gadget shows the team's open commitments.",
                            "Leads want one place to look each morning.", "ACC-24")
                    .at(38).align(CAROL).declare(CAROL, OwnershipRole.OWNER)
                    .at(20).checkIn(CAROL, CheckInStatus.ON_TRACK, "Gadget skeleton in place.", null);
            case "ACC-14" -> s.at(14).expect(CAROL, "CSV import keeps the reporter of every row.",
                            "Imported issues lose who asked for them.", "")
                    .at(13).align(BOB).declare(BOB, OwnershipRole.OWNER)
                    .at(1).checkIn(BOB, CheckInStatus.ON_TRACK, "Almost there.", null);
            case "ACC-16" -> s.at(15).expect(ALICE, "Every permission change is written to the audit log.",
                            "The auditors ask for it every year.", "")
                    .at(14).align(CAROL)
                    .at(6).expect(ALICE, "Every permission and role change is written to the audit log, with the "
                            + "old and the new value.", "The auditors ask for it every year.", "");
            case "ACC-17" -> s.at(6).expect(ALICE, "Finance reads invoices through a REST API.",
                            "They export spreadsheets by hand each month.", "")
                    .at(5).alignProposing(BOB, 11);
            case "ACC-18" -> s.at(20).expect(ALICE, "Service desk tickets show an SLA timer.",
                            "Customers were promised a four-hour answer.", "")
                    .at(19).align(CAROL).declare(CAROL, OwnershipRole.OWNER)
                    .at(5).withdraw(CAROL, OwnershipRole.OWNER, "I moved to the payments team this sprint.");
            case "ACC-19" -> s.at(10).expect(ALICE, "Invoices round half-up to the cent.",
                            "A customer found a one-cent difference.", "")
                    .at(9).align(BOB).declare(BOB, OwnershipRole.OWNER)
                    .at(4).retro(BOB, RetrospectiveResult.MET, "Unit tests for 10,000 amounts.", "", "",
                            "Check currencies.")
                    .at(3).verify(ALICE, true, "")
                    .at(2).reopen(ALICE, "Yen amounts still round down; the evidence missed currencies without "
                            + "cents.");
            case "ACC-20" -> s.at(34).expect(ALICE, "The issue page loads in under a second for 95% of views.",
                            "Slow pages cost every user minutes a day.", "ACC-24")
                    .at(33).align(CAROL).declare(CAROL, OwnershipRole.OWNER).control(CAROL, 5)
                    .at(10).retro(CAROL, RetrospectiveResult.EXCEEDED, "p95 is 620 ms on the production dashboard.",
                            "Profiling before guessing.", "", "Measure first; the slow part was not where we thought.")
                    .at(9).verify(ALICE, true, "Confirmed on the dashboard.");
            case "ACC-21" -> s.at(29).expect(CAROL, "SSO logout returns users to the login page.",
                            "Users end up on an error page and think they are still signed in.", "")
                    .at(28).align(BOB).declare(BOB, OwnershipRole.OWNER)
                    .at(3).retro(BOB, RetrospectiveResult.NOT_MET, "Works for Okta only.", "", "Scope was unclear.",
                            "Agree on which identity providers count before starting.")
                    .at(2).verify(CAROL, false, "Azure AD users still land on the error page.");
            case "ACC-22" -> s.at(19).expect(ALICE, "The panel is available in German.",
                            "Our Berlin office asked for it.", "")
                    .at(18).align(CAROL).declare(CAROL, OwnershipRole.OWNER)
                    .at(5).retro(CAROL, RetrospectiveResult.PARTIALLY_MET, "Panel translated; the policy page is not.",
                            "Native speakers reviewed it.", "Plan the whole UI, not one page.",
                            "Translate whole features, not pages.");
            case "ACC-23" -> s.at(1).expect(ALICE, "<img src=x onerror=alert(1)> is shown as text, never run.",
                    "Markup in a field must never run in anyone's browser: \"quotes\" & 'apostrophes' too.", "");
            case "ACC-24" -> s.at(44).expect(ALICE, "The team misses at most one commitment in ten this quarter.",
                            "Missed commitments cost us two customers last quarter.", "")
                    .at(43).align(ALICE).declare(ALICE, OwnershipRole.OWNER)
                    .declare(BOB, OwnershipRole.CO_OWNER).declare(CAROL, OwnershipRole.CO_OWNER)
                    .control(ALICE, 3);
            default -> {
                // NONE: ACC-2, ACC-15 and ACC-25 have no record, as their storylines say.
            }
        }
    }

    private static <T> T done(Outcome<T> outcome, String what) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Seeding " + what + " was refused: " + outcome);
    }

    /** The steps of one issue's storyline, each at a number of days before now. */
    private final class Story {
        private final String key;
        private final Instant now;
        private final IssueFacts issue;

        Story(String key, Instant now) {
            this.key = key;
            this.now = now;
            this.issue = host.issues().byKey(key).orElseThrow();
        }

        Story at(int daysAgo) {
            clock.set(now.minus(Duration.ofDays(daysAgo)));
            return this;
        }

        private LocalDate target() {
            return issue.dueDate().orElse(LocalDate.ofInstant(now, clock.getZone()).plusDays(14));
        }

        private Story write(String what, Function<Long, Outcome<RecordView>> step) {
            done(step.apply(store.load(issue.issueId()).map(r -> r.version()).orElse(0L)), key + " " + what);
            clock.set(clock.instant().plusSeconds(60));
            return this;
        }

        private int revision() {
            return store.load(issue.issueId()).map(r -> r.currentRevision()).orElse(0);
        }

        Story expect(Caller who, String outcome, String why, String goalLink) {
            return write("expectation", v -> service.setExpectation(who, key,
                    new Inputs.ExpectationInput(outcome, why, Optional.of(target()), goalLink), v));
        }

        Story align(Caller who) {
            return write("alignment", v -> service.align(who, key, new Inputs.AlignmentInput(
                    Optional.of(AlignmentState.ALIGNED), "", Optional.empty(), revision()), v));
        }

        Story alignProposing(Caller who, int laterDays) {
            return write("alignment", v -> service.align(who, key, new Inputs.AlignmentInput(
                    Optional.of(AlignmentState.ALIGNED), "Two more days for the security review.",
                    Optional.of(target().plusDays(laterDays)), revision()), v));
        }

        Story concerns(Caller who, String comment) {
            return write("concerns", v -> service.align(who, key, new Inputs.AlignmentInput(
                    Optional.of(AlignmentState.CONCERNS), comment, Optional.empty(), revision()), v));
        }

        Story declare(Caller who, OwnershipRole role) {
            String statement = role == OwnershipRole.SPONSOR
                    ? "I back this and clear the way: it is ours."
                    : "I own this outcome with the team.";
            return write("ownership", v -> service.declareOwnership(who, key,
                    new Inputs.OwnershipInput(Optional.of(role), statement), v));
        }

        Story withdraw(Caller who, OwnershipRole role, String reason) {
            return write("withdrawal", v -> service.withdrawOwnership(who, key,
                    new Inputs.WithdrawalInput(Optional.of(role), reason), v));
        }

        Story control(Caller who, int rating) {
            return write("control", v -> service.stateControl(who, key, new Inputs.ControlInput(
                    "I decide the design and the order of the work.", "A review slot with the lead each week.",
                    Optional.of(rating)), v));
        }

        Story checkIn(Caller who, CheckInStatus status, String note, Integer forecastInDays) {
            Optional<LocalDate> forecast = Optional.ofNullable(forecastInDays)
                    .map(d -> LocalDate.ofInstant(now, clock.getZone()).plusDays(d));
            return write("check-in", v -> service.checkIn(who, key,
                    new Inputs.CheckInInput(Optional.of(status), note, forecast), v));
        }

        Story retro(Caller who, RetrospectiveResult result, String evidence, String wentWell, String toImprove,
                String lessons) {
            return write("retrospective", v -> service.writeRetrospective(who, key, new Inputs.RetrospectiveInput(
                    Optional.of(result), evidence, wentWell, toImprove, lessons, ""), v));
        }

        Story verify(Caller who, boolean agrees, String note) {
            return write("verification", v -> service.verify(who, key,
                    new Inputs.VerificationInput(Optional.of(agrees), note), v));
        }

        Story reopen(Caller who, String reason) {
            return write("reopen", v -> service.reopen(who, key, new Inputs.ReopenInput(reason), v));
        }
    }

    /** A clock the seeding moves back to when each step would have happened. */
    static final class SettableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant instant = Instant.EPOCH;

        SettableClock(ZoneId zone) {
            this.zone = zone;
        }

        void set(Instant to) {
            instant = to;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            SettableClock copy = new SettableClock(other);
            copy.set(instant);
            return copy;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
