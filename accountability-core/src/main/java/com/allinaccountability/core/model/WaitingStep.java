package com.allinaccountability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of one issue that waits for one person.
 *
 * @param since when it started to wait (for {@link NextAction#CHECK_IN}: the start of the day the check-in fell due,
 *     which may lie in the future: the step is then not {@linkplain #isOpen open} yet)
 * @param agreedDate the date the owner agreed to, once they aligned
 * @param targetDate the current expectation's target date
 * @param dueDate the issue's own due date (Jira's field)
 */
public record WaitingStep(
        long issueId,
        long projectId,
        UserKey user,
        NextAction action,
        Instant since,
        Optional<LocalDate> agreedDate,
        Optional<LocalDate> targetDate,
        Optional<LocalDate> dueDate) {

    /**
     * Most urgent first: the earliest {@linkplain #deadline deadline} (so everything overdue comes first), steps
     * without one last; then the longest waiting; then by issue and action, so that pages are stable.
     */
    public static final Comparator<WaitingStep> BY_URGENCY = Comparator
            .comparing((WaitingStep s) -> s.deadline().orElse(LocalDate.MAX))
            .thenComparing(WaitingStep::since)
            .thenComparingLong(WaitingStep::issueId)
            .thenComparing(WaitingStep::action);

    public WaitingStep {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(agreedDate, "agreedDate");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** The date the work should be done by: the agreed date, else the target date, else the issue's due date. */
    public Optional<LocalDate> deadline() {
        return agreedDate.or(() -> targetDate).or(() -> dueDate);
    }

    /** Whether it waits at {@code now} (a check-in waits only once it is due). */
    public boolean isOpen(Instant now) {
        return !since.isAfter(now);
    }

    /** Whether its deadline has passed on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return deadline().map(today::isAfter).orElse(false);
    }
}
