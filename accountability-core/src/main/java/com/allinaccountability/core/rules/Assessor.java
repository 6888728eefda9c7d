package com.allinaccountability.core.rules;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.Performance;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Derives stage, health flags and performance from a record and its issue's facts. Pure: the same inputs always give
 * the same assessment, so the panel, the gates, the JQL property and the reports agree.
 */
public final class Assessor {
    private final ZoneId zone;

    public Assessor(ZoneId zone) {
        this.zone = zone;
    }

    public Assessment assess(AccountabilityRecord record, IssueFacts facts, int checkinCadenceDays, Instant now) {
        Performance performance = performance(record, facts, now);
        return new Assessment(stage(record, facts), health(record, facts, performance, checkinCadenceDays, now),
                performance);
    }

    /**
     * The person whose alignment counts as "the owner aligned": the declared owner, or the assignee while nobody has
     * declared (alignment, step 2, usually comes before the declaration, step 4).
     */
    public static Optional<UserKey> accountablePerson(AccountabilityRecord record, IssueFacts facts) {
        return record.owner().or(facts::assignee);
    }

    public static boolean ownerAligned(AccountabilityRecord record, IssueFacts facts) {
        return accountablePerson(record, facts)
                .flatMap(record::currentAlignmentOf)
                .map(a -> a.state() == AlignmentState.ALIGNED)
                .orElse(false);
    }

    /**
     * Whether the commitment is under way: the accountable person aligned, the issue unresolved and no retrospective
     * yet. Check-ins are expected (and can go stale) only then.
     */
    public static boolean underWay(AccountabilityRecord record, IssueFacts facts) {
        return ownerAligned(record, facts) && !facts.isResolved() && record.retrospective().isEmpty();
    }

    public static Stage stage(AccountabilityRecord record, IssueFacts facts) {
        if (record.verification().isPresent()) {
            return Stage.VERIFIED;
        }
        if (record.retrospective().isPresent()) {
            return Stage.RETROSPECTIVE_WRITTEN;
        }
        if (record.expectation().isEmpty()) {
            return Stage.NONE;
        }
        if (!ownerAligned(record, facts)) {
            return Stage.EXPECTATION_SET;
        }
        return record.owner().isPresent() ? Stage.OWNED : Stage.ALIGNED;
    }

    /** The date the owner agreed to: their counter-proposal if they made one, else the target date they aligned to. */
    public static Optional<LocalDate> agreedDate(AccountabilityRecord record, IssueFacts facts) {
        Optional<Expectation> expectation = record.expectation();
        if (expectation.isEmpty() || !ownerAligned(record, facts)) {
            return Optional.empty();
        }
        Alignment alignment = accountablePerson(record, facts).flatMap(record::currentAlignmentOf).orElseThrow();
        return Optional.of(alignment.proposedDate().orElse(expectation.get().targetDate()));
    }

    private Performance performance(AccountabilityRecord record, IssueFacts facts, Instant now) {
        Optional<LocalDate> agreed = agreedDate(record, facts);
        Optional<LocalDate> resolvedOn = facts.resolved().map(this::date);
        LocalDate today = date(now);
        Optional<Long> daysLate = agreed.flatMap(a -> {
            if (resolvedOn.isPresent()) {
                return Optional.of(ChronoUnit.DAYS.between(a, resolvedOn.get()));
            }
            return today.isAfter(a) ? Optional.of(ChronoUnit.DAYS.between(a, today)) : Optional.empty();
        });
        Optional<Boolean> onTime = agreed.flatMap(a -> resolvedOn.map(r -> !r.isAfter(a)));
        Optional<Long> alignmentToResolution = resolvedOn.flatMap(r -> accountablePerson(record, facts)
                .flatMap(record::currentAlignmentOf)
                .filter(al -> al.state() == AlignmentState.ALIGNED)
                .map(al -> ChronoUnit.DAYS.between(date(al.at()), r)));
        return new Performance(agreed, daysLate, onTime, alignmentToResolution);
    }

    private Set<HealthFlag> health(
            AccountabilityRecord record, IssueFacts facts, Performance performance, int cadenceDays, Instant now) {
        Set<HealthFlag> flags = EnumSet.noneOf(HealthFlag.class);
        Optional<Expectation> expectation = record.expectation();
        if (expectation.isEmpty()) {
            return flags;
        }
        boolean verified = record.verification().isPresent();
        boolean retroWritten = record.retrospective().isPresent();
        if (!expectation.get().hasWhy()) {
            flags.add(HealthFlag.WHY_MISSING);
        }
        if (!ownerAligned(record, facts) && !retroWritten) {
            flags.add(HealthFlag.ALIGNMENT_PENDING);
        }
        int revision = record.currentRevision();
        if (!verified && record.alignments().stream()
                .anyMatch(a -> a.isFor(revision) && a.state() == AlignmentState.CONCERNS)) {
            flags.add(HealthFlag.CONCERNS_OPEN);
        }
        Optional<UserKey> owner = record.owner();
        if (owner.isEmpty() && !retroWritten) {
            flags.add(HealthFlag.NO_OWNER);
        }
        if (owner.isPresent() && !owner.equals(facts.assignee())) {
            flags.add(HealthFlag.OWNER_NOT_ASSIGNEE);
        }
        LocalDate today = date(now);
        LocalDate deadline = performance.agreedDate().orElse(expectation.get().targetDate());
        boolean overdue = !facts.isResolved() && today.isAfter(deadline);
        if (overdue) {
            flags.add(HealthFlag.OVERDUE);
        }
        if (facts.isResolved() && !retroWritten) {
            flags.add(HealthFlag.RETRO_MISSING);
        }
        if (retroWritten && !verified) {
            flags.add(HealthFlag.AWAITING_VERIFICATION);
        }
        if (underWay(record, facts)) {
            Optional<CheckIn> latest = record.latestCheckin();
            Instant lastSign = latest.map(CheckIn::at).orElseGet(() -> accountablePerson(record, facts)
                    .flatMap(record::currentAlignmentOf).map(Alignment::at).orElse(now));
            if (ChronoUnit.DAYS.between(date(lastSign), today) > cadenceDays) {
                flags.add(HealthFlag.STALE_CHECKIN);
            }
            if (latest.filter(c -> c.status() == CheckInStatus.ON_TRACK)
                    .filter(c -> overdue || c.forecastDate().map(f -> f.isAfter(deadline)).orElse(false))
                    .isPresent()) {
                flags.add(HealthFlag.STATUS_CONTRADICTS_DATES);
            }
        }
        return flags;
    }

    private LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
