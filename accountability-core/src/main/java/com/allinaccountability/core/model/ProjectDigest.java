package com.allinaccountability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project lead's weekly digest: how many issues of the project have each of {@link #FLAGS}, and the most urgent of
 * those issues (at most {@code DigestService.MAX_LINES}).
 */
public record ProjectDigest(
        Recipient to,
        ProjectLead project,
        String period,
        Instant asOf,
        Map<HealthFlag, Integer> counts,
        List<FlaggedIssue> issues,
        int flaggedIssues) {

    /** What a lead's digest counts: open concerns, overdue agreed dates, stale check-ins, unverified retrospectives. */
    public static final List<HealthFlag> FLAGS = List.of(HealthFlag.CONCERNS_OPEN, HealthFlag.OVERDUE,
            HealthFlag.STALE_CHECKIN, HealthFlag.AWAITING_VERIFICATION);

    public ProjectDigest {
        counts = Map.copyOf(counts);
        issues = List.copyOf(issues);
    }

    public int count(HealthFlag flag) {
        return counts.getOrDefault(flag, 0);
    }

    /** An issue with at least one of {@link #FLAGS}. */
    public record FlaggedIssue(IssueFacts issue, Set<HealthFlag> flags, Optional<LocalDate> agreedDate) {
        public FlaggedIssue {
            flags = Set.copyOf(flags);
        }
    }
}
