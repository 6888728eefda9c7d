package com.allinaccountability.web.json;

import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.Result;
import java.util.List;

/**
 * The JSON bodies of the REST API's writes, exactly as SPEC's table names their fields. Every field may be absent
 * (null); the resources turn absence into the core's empty values and the core says which ones are required. Enums are
 * typed, so a value outside them is refused by the JSON reader with a message naming the field. Dates stay strings
 * here and are parsed by the resource, so a malformed date is a per-field 400 too.
 */
public final class Bodies {
    private Bodies() {}

    public record ExpectationBody(String outcome, String why, String targetDate, String goalLink, Long version) {}

    public record AlignmentBody(
            AlignmentState state, String comment, String proposedDate, Integer revision, Long version) {}

    public record ControlBody(String levers, String support, Integer rating, Long version) {}

    public record OwnershipBody(OwnershipRole role, String statement, Long version) {}

    public record WithdrawalBody(OwnershipRole role, String reason, Long version) {}

    public record CheckInBody(CheckInStatus status, String note, String forecastDate, Long version) {}

    public record RetrospectiveBody(
            Result result, String evidence, String wentWell, String toImprove, String lessons, String nextCommitment,
            Long version) {}

    public record VerificationBody(Boolean agrees, String note, Long version) {}

    public record ReopenBody(String reason, Long version) {}

    /** @param toStatusCategory {@code new}, {@code indeterminate} or {@code done}, as Jira keys status categories */
    public record PolicyRuleBody(String toStatusCategory, List<Requirement> requirements) {}

    public record PolicyBody(
            List<String> issueTypes, List<PolicyRuleBody> rules, Boolean ownerMustBeAssignee,
            Integer checkinCadenceDays, Long version) {}
}
