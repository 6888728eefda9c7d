package com.allinaccountability.core.service;

import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.StatusCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What callers send for each write, already parsed by the host. Texts are never null (empty when not given); an empty
 * optional means the caller left the value out, which the service reports as a per-field message where it is needed.
 */
public final class Inputs {
    private Inputs() {}

    public record ExpectationInput(String outcome, String why, Optional<LocalDate> targetDate, String goalLink) {}

    /** @param revision the expectation revision the caller read and aligns to */
    public record AlignmentInput(
            Optional<AlignmentState> state, String comment, Optional<LocalDate> proposedDate, int revision) {}

    public record ControlInput(String levers, String support, Optional<Integer> rating) {}

    public record OwnershipInput(Optional<OwnershipRole> role, String statement) {}

    public record WithdrawalInput(Optional<OwnershipRole> role, String reason) {}

    public record CheckInInput(Optional<CheckInStatus> status, String note, Optional<LocalDate> forecastDate) {}

    public record RetrospectiveInput(
            Optional<RetrospectiveResult> result, String evidence, String wentWell, String toImprove, String lessons,
            String nextCommitment) {}

    public record VerificationInput(Optional<Boolean> agrees, String note) {}

    public record ReopenInput(String reason) {}

    public record PolicyRuleInput(StatusCategory toStatusCategory, Set<Requirement> requirements) {}

    public record PolicyInput(
            List<String> issueTypes, List<PolicyRuleInput> rules, boolean ownerMustBeAssignee,
            Optional<Integer> checkinCadenceDays) {}
}
