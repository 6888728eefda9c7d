package com.allinaccountability.core.service;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.People;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.rules.Assessor;
import com.allinaccountability.core.rules.Limits;
import com.allinaccountability.core.rules.Decision;
import com.allinaccountability.core.rules.Violations;
import com.allinaccountability.core.rules.WriteRights;
import com.allinaccountability.core.rules.WriteStep;
import com.allinaccountability.core.service.Inputs.AlignmentInput;
import com.allinaccountability.core.service.Inputs.CheckInInput;
import com.allinaccountability.core.service.Inputs.ControlInput;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import com.allinaccountability.core.service.Inputs.OwnershipInput;
import com.allinaccountability.core.service.Inputs.ReopenInput;
import com.allinaccountability.core.service.Inputs.RetrospectiveInput;
import com.allinaccountability.core.service.Inputs.VerificationInput;
import com.allinaccountability.core.service.Inputs.WithdrawalInput;
import com.allinaccountability.core.rules.WaitingRules;
import com.allinaccountability.core.model.WaitingStep;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The use cases of the accountability record: read it, and each of the five steps' writes. Every operation checks the
 * caller's rights through {@link Rights}, so every host enforces SPEC's permission table the same way; every write is
 * validated, checked against the version the caller last saw, and recorded as history, or refused with nothing
 * changed.
 */
public final class AccountabilityService {
    private final RecordStore store;
    private final Issues issues;
    private final Rights rights;
    private final Clock clock;
    private final People people;
    private final Assessor assessor;
    private final WriteRights writeRights;

    /** A service that shows people by their user keys (tests, hosts without a user directory). */
    public AccountabilityService(RecordStore store, Issues issues, Rights rights, Clock clock) {
        this(store, issues, rights, clock, People.KEYS);
    }

    public AccountabilityService(RecordStore store, Issues issues, Rights rights, Clock clock, People people) {
        this.store = store;
        this.issues = issues;
        this.rights = rights;
        this.clock = clock;
        this.people = people;
        this.assessor = new Assessor(clock.getZone());
        this.writeRights = new WriteRights(rights);
    }

    /** The record as the panel shows it; users who may not browse the issue get {@link Outcome.NotFound}. */
    public Outcome<RecordView> view(Caller caller, String issueKey) {
        return Visible.issue(issues, rights, caller, issueKey).map(facts -> view(caller, facts, store.loadOrEmpty(facts)));
    }

    /**
     * Stage and health flags of each of {@code issues} the caller may browse, by issue id, for lists of issues: the
     * same assessment {@link #view} gives, for a page of issues with one batch of rights, one read of the records and
     * one read of the check-in cadence per project, whatever the number of issues.
     */
    public Map<Long, Assessment> assessments(Caller caller, List<IssueFacts> issues) {
        Set<Long> browsable = rights.browsable(caller, issues);
        List<IssueFacts> visible = issues.stream().filter(facts -> browsable.contains(facts.issueId())).toList();
        Map<Long, AccountabilityRecord> records = store.loadAll(visible.stream().map(IssueFacts::issueId).toList());
        Map<Long, Integer> cadences = new HashMap<>();
        Instant now = clock.instant();
        Map<Long, Assessment> assessments = new HashMap<>();
        for (IssueFacts facts : visible) {
            AccountabilityRecord record = records.getOrDefault(facts.issueId(),
                    AccountabilityRecord.empty(facts.issueId(), facts.projectId()));
            int cadence = cadences.computeIfAbsent(facts.projectId(), store::checkinCadenceDays);
            assessments.put(facts.issueId(), assessor.assess(record, facts, cadence, now));
        }
        return assessments;
    }

    /** The issue's history, newest first, paged. */
    public Outcome<HistoryPage> history(Caller caller, String issueKey, int startAt, int maxResults) {
        Violations violations = new Violations();
        if (startAt < 0) {
            violations.field("startAt", "Must be 0 or more.");
        }
        if (maxResults < 1 || maxResults > Limits.HISTORY_PAGE) {
            violations.field("maxResults", "Must be between 1 and " + Limits.HISTORY_PAGE + ".");
        }
        return Visible.issue(issues, rights, caller, issueKey).then(facts -> {
            if (violations.any()) {
                return new Outcome.Invalid<>(violations.fields(), violations.messages());
            }
            List<HistoryEvent> events = store.history(facts.issueId(), startAt, maxResults);
            return Outcome.done(new HistoryPage(startAt, maxResults, store.historySize(facts.issueId()), events));
        });
    }

    /** Sets the expectation or revises it; a change to outcome, why or target date makes a new revision. */
    public Outcome<RecordView> setExpectation(Caller caller, String issueKey, ExpectationInput input, long version) {
        return write(caller, issueKey, version, WriteStep.SET_EXPECTATION, change -> expectation(change, input));
    }

    private Outcome<Changed> expectation(Change change, ExpectationInput input) {
        Violations violations = new Violations()
                .text("outcome", input.outcome(), Limits.OUTCOME)
                .maxLength("why", input.why(), Limits.WHY)
                .maxLength("goalLink", input.goalLink(), Limits.GOAL_LINK);
        if (input.targetDate().isEmpty()) {
            violations.field("targetDate", "A target date is required (yyyy-MM-dd).");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        AccountabilityRecord record = change.record;
        Optional<Expectation> current = record.expectation();
        Changes history = change.history();
        List<Expectation> revisions = new ArrayList<>(record.revisions());
        boolean newRevision = current.map(e -> e.differsInSubstanceFrom(
                input.outcome(), input.why(), input.targetDate().get())).orElse(true);
        if (newRevision) {
            int number = record.currentRevision() + 1;
            revisions.add(new Expectation(number, input.outcome(), input.why(), input.targetDate().get(),
                    input.goalLink(), change.user, change.now));
            history.field("expectation.revision", current.map(Expectation::revision), number);
        } else if (!current.get().goalLink().equals(input.goalLink())) {
            Expectation e = current.get();
            revisions.set(revisions.size() - 1, new Expectation(e.revision(), e.outcome(), e.why(),
                    e.targetDate(), input.goalLink(), e.setBy(), e.setAt()));
        } else {
            return Outcome.invalid("Nothing changed: the expectation is already as given.");
        }
        history.field("expectation.outcome", current.map(Expectation::outcome), input.outcome())
                .field("expectation.why", current.map(Expectation::why), input.why())
                .field("expectation.targetDate", current.map(Expectation::targetDate), input.targetDate())
                .field("expectation.goalLink", current.map(Expectation::goalLink), input.goalLink());
        return changed(record.withRevisions(revisions), history);
    }

    /** The caller's own alignment on the revision they read. */
    public Outcome<RecordView> align(Caller caller, String issueKey, AlignmentInput input, long version) {
        return write(caller, issueKey, version, WriteStep.ALIGN, change -> alignment(change, input));
    }

    private Outcome<Changed> alignment(Change change, AlignmentInput input) {
        AccountabilityRecord record = change.record;
        if (record.expectation().isEmpty()) {
            return Outcome.invalid("There is no expectation to align to yet.");
        }
        if (input.revision() != record.currentRevision()) {
            return new Outcome.Conflict<>("The expectation is now at revision " + record.currentRevision()
                    + ": read it and align again.", record.version());
        }
        Violations violations = new Violations().maxLength("comment", input.comment(), Limits.ALIGNMENT_COMMENT);
        if (input.state().isEmpty()) {
            violations.field("state", "Choose ALIGNED or CONCERNS.");
        } else if (input.state().get() == AlignmentState.CONCERNS && input.comment().isBlank()) {
            violations.field("comment", "Say what your concerns are.");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        Optional<Alignment> before = record.alignmentOf(change.user);
        Alignment alignment = new Alignment(change.user, input.state().get(), input.comment(),
                input.proposedDate(), record.currentRevision(), change.now);
        List<Alignment> alignments = new ArrayList<>(record.alignments());
        before.ifPresent(alignments::remove);
        alignments.add(alignment);
        Changes history = change.history()
                .event("alignment." + change.user.value(), before.map(AccountabilityService::describe),
                        describe(alignment));
        return changed(record.withAlignments(alignments), history);
    }

    /** The owner's or a co-owner's statement of what they control and need. */
    public Outcome<RecordView> stateControl(Caller caller, String issueKey, ControlInput input, long version) {
        return write(caller, issueKey, version, WriteStep.STATE_CONTROL, change -> control(change, input));
    }

    private Outcome<Changed> control(Change change, ControlInput input) {
        AccountabilityRecord record = change.record;
        Violations violations = new Violations()
                .text("levers", input.levers(), Limits.LEVERS)
                .maxLength("support", input.support(), Limits.SUPPORT);
        if (input.rating().filter(r -> r >= Control.MIN_RATING && r <= Control.MAX_RATING).isEmpty()) {
            violations.field("rating", "Rate your sense of control from 1 to 5.");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        Optional<Control> before = record.control();
        Control control = new Control(input.levers(), input.support(), input.rating().get(), change.user,
                change.now);
        Changes history = change.history()
                .field("control.levers", before.map(Control::levers), control.levers())
                .field("control.support", before.map(Control::support), control.support())
                .field("control.rating", before.map(Control::rating), control.rating());
        return changed(record.withControl(control), history);
    }

    /** The caller declares their own role; nobody declares for someone else. */
    public Outcome<RecordView> declareOwnership(Caller caller, String issueKey, OwnershipInput input, long version) {
        return write(caller, issueKey, version, WriteStep.DECLARE, change -> declaration(change, input));
    }

    private Outcome<Changed> declaration(Change change, OwnershipInput input) {
        AccountabilityRecord record = change.record;
        if (record.expectation().isEmpty()) {
            return Outcome.invalid("Set an expectation before declaring ownership of its outcome.");
        }
        Violations violations = new Violations().text("statement", input.statement(), Limits.STATEMENT);
        if (input.role().isEmpty()) {
            violations.field("role", "Choose OWNER, CO_OWNER or SPONSOR.");
        } else {
            OwnershipRole role = input.role().get();
            Optional<OwnershipDeclaration> own = record.activeDeclarationOf(change.user);
            Optional<UserKey> holder = role.isSingular() ? record.activeHolderOf(role) : Optional.empty();
            if (own.isPresent()) {
                violations.field("role", "You are already " + own.get().role()
                        + "; withdraw that declaration first.");
            } else if (holder.isPresent()) {
                violations.field("role", holder.get().value() + " is already the " + role
                        + "; they must withdraw first.");
            }
        }
        if (violations.any()) {
            return invalid(violations);
        }
        OwnershipDeclaration declaration = OwnershipDeclaration.declared(change.user, input.role().get(),
                input.statement(), change.now);
        List<OwnershipDeclaration> ownership = new ArrayList<>(record.ownership());
        ownership.add(declaration);
        Changes history = change.history().event("ownership." + declaration.role(), "", change.user.value());
        return changed(record.withOwnership(ownership), history);
    }

    /** The caller withdraws their own active declaration, with a reason; it stays on the record as withdrawn. */
    public Outcome<RecordView> withdrawOwnership(Caller caller, String issueKey, WithdrawalInput input, long version) {
        return write(caller, issueKey, version, WriteStep.WITHDRAW, change -> withdrawal(change, input));
    }

    private Outcome<Changed> withdrawal(Change change, WithdrawalInput input) {
        AccountabilityRecord record = change.record;
        Violations violations = new Violations().text("reason", input.reason(), Limits.WITHDRAW_REASON);
        Optional<OwnershipDeclaration> own = record.activeDeclarationOf(change.user)
                .filter(d -> input.role().map(r -> r == d.role()).orElse(false));
        if (input.role().isEmpty()) {
            violations.field("role", "Choose the role to withdraw from.");
        } else if (own.isEmpty()) {
            violations.field("role", "You have no active " + input.role().get() + " declaration.");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        List<OwnershipDeclaration> ownership = new ArrayList<>(record.ownership());
        ownership.set(ownership.indexOf(own.get()), own.get().withdrawn(change.now, input.reason()));
        Changes history = change.history()
                .event("ownership." + own.get().role(), change.user.value(), "")
                .event("ownership.withdrawReason", "", input.reason());
        return changed(record.withOwnership(ownership), history);
    }

    /** A check-in by the owner or a co-owner. */
    public Outcome<RecordView> checkIn(Caller caller, String issueKey, CheckInInput input, long version) {
        return write(caller, issueKey, version, WriteStep.CHECK_IN, change -> checkIn(change, input));
    }

    private Outcome<Changed> checkIn(Change change, CheckInInput input) {
        AccountabilityRecord record = change.record;
        Violations violations = new Violations().maxLength("note", input.note(), Limits.CHECKIN_NOTE);
        if (input.status().isEmpty()) {
            violations.field("status", "Choose ON_TRACK, AT_RISK or OFF_TRACK.");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        CheckIn checkIn = new CheckIn(change.user, input.status().get(), input.note(), input.forecastDate(),
                change.now);
        List<CheckIn> checkins = new ArrayList<>(record.checkins());
        checkins.add(checkIn);
        Changes history = change.history().event("checkin",
                record.latestCheckin().map(c -> c.status().name()), checkIn.status().name()
                        + input.forecastDate().map(d -> " (forecast " + d + ")").orElse(""));
        return changed(record.withCheckins(checkins), history);
    }

    /**
     * The owner's or a co-owner's retrospective, judged against the revision the owner aligned to. It can be rewritten
     * until it is verified.
     */
    public Outcome<RecordView> writeRetrospective(
            Caller caller, String issueKey, RetrospectiveInput input, long version) {
        return write(caller, issueKey, version, WriteStep.WRITE_RETROSPECTIVE, change -> retrospective(change, input));
    }

    private Outcome<Changed> retrospective(Change change, RetrospectiveInput input) {
        AccountabilityRecord record = change.record;
        Violations violations = new Violations()
                .text("evidence", input.evidence(), Limits.EVIDENCE)
                .maxLength("wentWell", input.wentWell(), Limits.WENT_WELL)
                .maxLength("toImprove", input.toImprove(), Limits.TO_IMPROVE)
                .maxLength("lessons", input.lessons(), Limits.LESSONS)
                .maxLength("nextCommitment", input.nextCommitment(), Limits.NEXT_COMMITMENT);
        if (input.result().isEmpty()) {
            violations.field("result", "Choose EXCEEDED, MET, PARTIALLY_MET or NOT_MET.");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        int judged = Assessor.accountablePerson(record, change.facts)
                .flatMap(record::alignmentOf)
                .filter(a -> a.state() == AlignmentState.ALIGNED)
                .map(Alignment::revision)
                .orElse(record.currentRevision());
        Optional<Retrospective> before = record.retrospective();
        Retrospective retrospective = new Retrospective(input.result().get(), input.evidence(),
                input.wentWell(), input.toImprove(), input.lessons(), input.nextCommitment(), change.user,
                change.now, judged);
        Changes history = change.history()
                .field("retrospective.result", before.map(Retrospective::result), retrospective.result())
                .field("retrospective.evidence", before.map(Retrospective::evidence), input.evidence())
                .field("retrospective.wentWell", before.map(Retrospective::wentWell), input.wentWell())
                .field("retrospective.toImprove", before.map(Retrospective::toImprove), input.toImprove())
                .field("retrospective.lessons", before.map(Retrospective::lessons), input.lessons())
                .field("retrospective.nextCommitment", before.map(Retrospective::nextCommitment),
                        input.nextCommitment());
        return changed(record.withRetrospective(retrospective), history);
    }

    /** The setter's or a project admin's verification; never the owner's. It locks the record. */
    public Outcome<RecordView> verify(Caller caller, String issueKey, VerificationInput input, long version) {
        return write(caller, issueKey, version, WriteStep.VERIFY, change -> verification(change, input));
    }

    private Outcome<Changed> verification(Change change, VerificationInput input) {
        AccountabilityRecord record = change.record;
        if (record.retrospective().isEmpty()) {
            return Outcome.invalid("There is no retrospective to verify yet.");
        }
        Violations violations = new Violations().maxLength("note", input.note(), Limits.VERIFICATION_NOTE);
        if (input.agrees().isEmpty()) {
            violations.field("agrees", "Say whether you agree with the retrospective (true or false).");
        } else if (!input.agrees().get() && input.note().isBlank()) {
            violations.field("note", "Say why you do not agree.");
        }
        if (violations.any()) {
            return invalid(violations);
        }
        Verification verification = new Verification(change.user, input.agrees().get(), input.note(),
                change.now);
        Changes history = change.history().event("verification", "", describe(verification));
        return changed(record.withVerification(Optional.of(verification)), history);
    }

    /** Unlocks a verified record, with a reason; the verification stays in the history. */
    public Outcome<RecordView> reopen(Caller caller, String issueKey, ReopenInput input, long version) {
        return write(caller, issueKey, version, WriteStep.REOPEN, change -> reopening(change, input));
    }

    private Outcome<Changed> reopening(Change change, ReopenInput input) {
        AccountabilityRecord record = change.record;
        Violations violations = new Violations().text("reason", input.reason(), Limits.REOPEN_REASON);
        if (violations.any()) {
            return invalid(violations);
        }
        Changes history = change.history()
                .event("verification", describe(record.verification().orElseThrow()), "")
                .event("reopen", "", input.reason());
        return changed(record.withVerification(Optional.empty()), history);
    }

    // --- what the forms offer, by the rules the pipeline enforces

    /**
     * A step is offered when the pipeline would get past its record-state checks and its rights policy: the record is
     * locked exactly for a reopen, the step makes sense on the record as it is, and {@link WriteRights} allows it.
     * Checking the record first also keeps the host's rights queries off the hot panel read when they cannot matter.
     */
    private Permissions permissions(Caller caller, IssueFacts facts, AccountabilityRecord record) {
        if (caller.user().isEmpty()) {
            return Permissions.none();
        }
        UserKey user = caller.user().get();
        return Permissions.of(step -> record.locked() == reopens(step) && makesSense(step, record, user)
                && writeRights.of(step).decide(caller, user, facts, record).isAllowed());
    }

    /**
     * Whether {@code step} can succeed on the record as it is, whatever the input: the steps' own checks refuse the
     * rest with a 400, so a form for them would only lead to that.
     */
    private static boolean makesSense(WriteStep step, AccountabilityRecord record, UserKey user) {
        return switch (step) {
            case ALIGN -> record.expectation().isPresent();
            case DECLARE -> record.expectation().isPresent() && record.activeDeclarationOf(user).isEmpty();
            case WITHDRAW -> record.activeDeclarationOf(user).isPresent();
            case VERIFY, REOPEN -> record.retrospective().isPresent();
            case SET_EXPECTATION, STATE_CONTROL, CHECK_IN, WRITE_RETROSPECTIVE -> true;
        };
    }

    /** Reopening unlocks a verified record; every other write needs an unlocked one. */
    private static boolean reopens(WriteStep step) {
        return step == WriteStep.REOPEN;
    }

    // --- the write pipeline: find, check, apply, save

    /** One write's context: who, on what, when. */
    private record Change(Caller caller, UserKey user, IssueFacts facts, AccountabilityRecord record, Instant now) {
        Changes history() {
            return new Changes(facts.issueId(), user, now);
        }
    }

    private record Changed(AccountabilityRecord record, List<HistoryEvent> events) {}

    /** One step's own work: check the input against the record and derive the changed record and its history. */
    @FunctionalInterface
    private interface Handler {
        Outcome<Changed> apply(Change change);
    }

    /**
     * Every write, in one order, so that a refusal tells nobody more than their rights allow: signed in (401), may
     * browse the issue (404), may take this step by its {@link WriteRights} policy (403), then the record's state
     * (locked: 400), the version (409) and the step's input (400).
     */
    private Outcome<RecordView> write(Caller caller, String issueKey, long version, WriteStep step, Handler handler) {
        if (caller.user().isEmpty()) {
            return new Outcome.NotSignedIn<>();
        }
        return Visible.issue(issues, rights, caller, issueKey).then(facts -> {
            AccountabilityRecord record = store.loadOrEmpty(facts);
            Change change = new Change(caller, caller.user().get(), facts, record, clock.instant());
            if (writeRights.of(step).decide(caller, change.user, facts, record)
                    instanceof Decision.Refused<WriteRights.Reason> refused) {
                return new Outcome.Forbidden<>(refused.message());
            }
            if (record.locked() != reopens(step)) {
                return Outcome.invalid(reopens(step)
                        ? "The record is not verified; there is nothing to reopen."
                        : "The record is verified and locked; the setter or a project admin can reopen it with a "
                                + "reason.");
            }
            if (version != record.version()) {
                return new Outcome.Conflict<>("The record changed since you read it (version " + version
                        + ", now " + record.version() + "). Reload and try again.", record.version());
            }
            return handler.apply(change).then(changed -> save(caller, facts, changed));
        });
    }

    private Outcome<RecordView> save(Caller caller, IssueFacts facts, Changed changed) {
        RecordStore.SaveResult result = store.save(changed.record(), changed.events());
        if (result instanceof RecordStore.SaveResult.Saved saved) {
            return Outcome.done(view(caller, facts, saved.record()));
        }
        return new Outcome.Conflict<>("Someone else changed the record at the same time. Reload and try again.",
                ((RecordStore.SaveResult.Stale) result).storedVersion());
    }

    private RecordView view(Caller caller, IssueFacts facts, AccountabilityRecord record) {
        int cadence = store.checkinCadenceDays(facts.projectId());
        Instant now = clock.instant();
        List<WaitingStep> waiting = caller.user()
                .map(user -> WaitingRules.forUser(record, facts, cadence, clock.getZone(), user, now))
                .orElse(List.of());
        return new RecordView(facts, record, assessor.assess(record, facts, cadence, now),
                permissions(caller, facts, record), people.displayNames(peopleOn(record, facts)), waiting);
    }

    /** Everyone the panel names: the issue's assignee and reporter and everyone who took part in the record. */
    private static Set<UserKey> peopleOn(AccountabilityRecord record, IssueFacts facts) {
        Set<UserKey> users = new HashSet<>();
        facts.assignee().ifPresent(users::add);
        facts.reporter().ifPresent(users::add);
        record.revisions().forEach(e -> users.add(e.setBy()));
        record.alignments().forEach(a -> users.add(a.user()));
        record.control().ifPresent(c -> users.add(c.statedBy()));
        record.ownership().forEach(d -> users.add(d.user()));
        record.checkins().forEach(c -> users.add(c.user()));
        record.retrospective().ifPresent(r -> users.add(r.author()));
        record.verification().ifPresent(v -> users.add(v.verifier()));
        return users;
    }

    private static Outcome<Changed> changed(AccountabilityRecord record, Changes history) {
        return Outcome.done(new Changed(record, history.events()));
    }

    private static <T> Outcome<T> invalid(Violations violations) {
        return new Outcome.Invalid<>(violations.fields(), violations.messages());
    }

    private static String describe(Alignment alignment) {
        return alignment.state() + " on revision " + alignment.revision()
                + alignment.proposedDate().map(d -> ", proposing " + d).orElse("")
                + (alignment.comment().isBlank() ? "" : ": " + alignment.comment());
    }

    private static String describe(Verification verification) {
        return (verification.agrees() ? "agrees" : "does not agree")
                + (verification.note().isBlank() ? "" : ": " + verification.note());
    }
}
