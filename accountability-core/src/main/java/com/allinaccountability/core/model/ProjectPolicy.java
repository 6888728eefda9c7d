package com.allinaccountability.core.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A project's accountability policy: which steps entering each status category requires, for which issue types, and
 * how often owners are expected to check in.
 *
 * @param issueTypes the issue types the policy applies to; empty means all
 * @param ownerMustBeAssignee whether {@code OWNERSHIP_DECLARED} also requires the owner to be the assignee
 * @param checkinCadenceDays after how many days without a check-in the {@code STALE_CHECKIN} flag shows
 * @param version 0 while the project has no stored policy
 */
public record ProjectPolicy(
        long projectId, Set<String> issueTypes, List<PolicyRule> rules, boolean ownerMustBeAssignee,
        int checkinCadenceDays, long version) {

    public static final int DEFAULT_CHECKIN_CADENCE_DAYS = 7;
    public static final int MAX_CHECKIN_CADENCE_DAYS = 365;

    public ProjectPolicy {
        issueTypes = Set.copyOf(issueTypes);
        rules = List.copyOf(rules);
        if (checkinCadenceDays < 1 || checkinCadenceDays > MAX_CHECKIN_CADENCE_DAYS) {
            throw new IllegalArgumentException("checkinCadenceDays must be 1.." + MAX_CHECKIN_CADENCE_DAYS);
        }
    }

    /** A project without a stored policy requires nothing. */
    public static ProjectPolicy none(long projectId) {
        return new ProjectPolicy(projectId, Set.of(), List.of(), false, DEFAULT_CHECKIN_CADENCE_DAYS, 0);
    }

    public boolean appliesTo(String issueType) {
        return issueTypes.isEmpty() || issueTypes.contains(issueType);
    }

    /** What entering {@code category} requires of an issue of {@code issueType}; nothing where the policy is silent. */
    public GateRequirements requirementsFor(String issueType, StatusCategory category) {
        if (!appliesTo(issueType)) {
            return GateRequirements.none();
        }
        Set<Requirement> union = EnumSet.noneOf(Requirement.class);
        for (PolicyRule rule : rules) {
            if (rule.toStatusCategory() == category) {
                union.addAll(rule.requirements());
            }
        }
        return new GateRequirements(union, ownerMustBeAssignee);
    }

    public ProjectPolicy withVersion(long newVersion) {
        return new ProjectPolicy(projectId, issueTypes, rules, ownerMustBeAssignee, checkinCadenceDays, newVersion);
    }
}
