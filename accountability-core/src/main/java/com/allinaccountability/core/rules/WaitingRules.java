package com.allinaccountability.core.rules;

import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each step of an issue waits for, and from whom (SPEC, "Waiting for me"). Pure, like {@link Assessor}: the same
 * record and facts give the same steps, so the list, the panel and the digests agree. A step names the one person who
 * can take it; rights to browse the issue are the caller's business ({@code WaitingService} trims by them).
 *
 * <table>
 * <caption>Who is asked, and when</caption>
 * <tr><th>action</th><th>who</th><th>while</th><th>since</th></tr>
 * <tr><td>ALIGN</td><td>the accountable person (owner, else assignee), active co-owners, and everyone who aligned
 * with or raised concerns on an earlier revision</td><td>an expectation is set, the issue is unresolved and has no
 * retrospective, and they have no alignment for the current revision</td><td>the current revision was set</td></tr>
 * <tr><td>ANSWER_CONCERN</td><td>the current revision's setter (not when they raised the concern
 * themselves)</td><td>someone has concerns on the current revision and the record is not verified</td><td>the
 * earliest of those concerns</td></tr>
 * <tr><td>DECLARE_OWNERSHIP</td><td>the assignee</td><td>the assignee aligned with the current revision, nobody holds
 * the OWNER role, unresolved, no retrospective</td><td>their alignment</td></tr>
 * <tr><td>STATE_CONTROL</td><td>the owner</td><td>owned, no control stated, unresolved, no retrospective</td><td>the
 * owner's declaration</td></tr>
 * <tr><td>CHECK_IN</td><td>the owner</td><td>under way (owner aligned, unresolved, no retrospective) and the
 * project's cadence has passed since the last check-in or, before the first, the alignment</td><td>the start of the
 * day the cadence ran out (the {@code STALE_CHECKIN} flag's day)</td></tr>
 * <tr><td>WRITE_RETROSPECTIVE</td><td>the owner</td><td>resolved, no retrospective</td><td>the resolution</td></tr>
 * <tr><td>VERIFY</td><td>the current expectation's setter (whom {@code WriteRights} lets verify), unless they held
 * the OWNER or CO_OWNER role since the judged revision was set or wrote the retrospective (project admins may verify
 * too, but are not asked)</td><td>a retrospective, no verification</td><td>the retrospective</td></tr>
 * </table>
 */
public final class WaitingRules {

    private WaitingRules() {}

    /** Every step of the issue that waits for anyone, open now or (a check-in) later. */
    public static List<WaitingStep> of(AccountabilityRecord record, IssueFacts facts, int checkinCadenceDays,
            ZoneId zone) {
        Optional<Expectation> current = record.expectation();
        if (current.isEmpty()) {
            return List.of();
        }
        Expectation expectation = current.get();
        Steps steps = new Steps(record, facts, expectation);
        boolean open = !facts.isResolved() && record.retrospective().isEmpty();
        if (open) {
            align(record, facts, expectation, steps);
        }
        if (record.verification().isEmpty()) {
            answerConcerns(record, expectation, steps);
        }
        Optional<UserKey> owner = record.owner();
        if (open && owner.isEmpty() && Assessor.ownerAligned(record, facts)) {
            UserKey assignee = facts.assignee().orElseThrow();
            steps.add(assignee, NextAction.DECLARE_OWNERSHIP,
                    record.currentAlignmentOf(assignee).map(Alignment::at).orElse(expectation.setAt()));
        }
        if (open && owner.isPresent() && record.control().isEmpty()) {
            steps.add(owner.get(), NextAction.STATE_CONTROL, declarationOf(record, owner.get()));
        }
        if (owner.isPresent() && Assessor.underWay(record, facts)) {
            Instant lastSign = record.latestCheckin().map(CheckIn::at).orElseGet(() -> Assessor
                    .accountablePerson(record, facts).flatMap(record::currentAlignmentOf).map(Alignment::at)
                    .orElse(expectation.setAt()));
            LocalDate due = LocalDate.ofInstant(lastSign, zone).plusDays(checkinCadenceDays + 1L);
            steps.add(owner.get(), NextAction.CHECK_IN, due.atStartOfDay(zone).toInstant());
        }
        if (owner.isPresent() && facts.isResolved() && record.retrospective().isEmpty()) {
            steps.add(owner.get(), NextAction.WRITE_RETROSPECTIVE, facts.resolved().orElseThrow());
        }
        record.retrospective().filter(r -> record.verification().isEmpty())
                .ifPresent(retrospective -> verify(record, retrospective, steps));
        return steps.list;
    }

    /** The steps of the issue that wait for {@code user}, open at {@code now}, most urgent first. */
    public static List<WaitingStep> forUser(AccountabilityRecord record, IssueFacts facts, int checkinCadenceDays,
            ZoneId zone, UserKey user, Instant now) {
        return of(record, facts, checkinCadenceDays, zone).stream()
                .filter(step -> step.user().equals(user) && step.isOpen(now))
                .sorted(WaitingStep.BY_URGENCY)
                .toList();
    }

    private static void align(AccountabilityRecord record, IssueFacts facts, Expectation expectation, Steps steps) {
        Set<UserKey> asked = new LinkedHashSet<>();
        Assessor.accountablePerson(record, facts).ifPresent(asked::add);
        record.activeDeclarations().stream()
                .filter(d -> d.role() == OwnershipRole.CO_OWNER)
                .forEach(d -> asked.add(d.user()));
        record.alignments().stream().filter(a -> !a.isFor(expectation.revision())).forEach(a -> asked.add(a.user()));
        for (UserKey user : asked) {
            if (record.currentAlignmentOf(user).isEmpty()) {
                steps.add(user, NextAction.ALIGN, expectation.setAt());
            }
        }
    }

    private static void answerConcerns(AccountabilityRecord record, Expectation expectation, Steps steps) {
        record.alignments().stream()
                .filter(a -> a.isFor(expectation.revision()) && a.state() == AlignmentState.CONCERNS)
                .filter(a -> !a.user().equals(expectation.setBy()))
                .map(Alignment::at)
                .min(Comparator.naturalOrder())
                .ifPresent(earliest -> steps.add(expectation.setBy(), NextAction.ANSWER_CONCERN, earliest));
    }

    private static void verify(AccountabilityRecord record, Retrospective retrospective, Steps steps) {
        // The setter WriteRights lets verify: the current expectation's. When the expectation was revised after the
        // retrospective, the judged revision's setter may no longer verify (unless a project admin) and is not asked.
        UserKey setter = record.expectation().orElseThrow().setBy();
        if (!record.heldOwnerRoleSinceJudgedRevision(setter) && !retrospective.author().equals(setter)) {
            steps.add(setter, NextAction.VERIFY, retrospective.at());
        }
    }

    private static Instant declarationOf(AccountabilityRecord record, UserKey owner) {
        return record.activeDeclarations().stream()
                .filter(d -> d.user().equals(owner) && d.role() == OwnershipRole.OWNER)
                .map(OwnershipDeclaration::declaredAt)
                .findFirst()
                .orElseThrow();
    }

    /** Collects steps with the issue's dates. */
    private static final class Steps {
        private final List<WaitingStep> list = new ArrayList<>();
        private final IssueFacts facts;
        private final Optional<LocalDate> agreedDate;
        private final Optional<LocalDate> targetDate;

        Steps(AccountabilityRecord record, IssueFacts facts, Expectation expectation) {
            this.facts = facts;
            this.agreedDate = Assessor.agreedDate(record, facts);
            this.targetDate = Optional.of(expectation.targetDate());
        }

        void add(UserKey user, NextAction action, Instant since) {
            list.add(new WaitingStep(facts.issueId(), facts.projectId(), user, action, since, agreedDate, targetDate,
                    facts.dueDate()));
        }
    }
}
