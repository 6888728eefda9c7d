package com.allinaccountability.web.json;

import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.service.Inputs.AlignmentInput;
import com.allinaccountability.core.service.Inputs.CheckInInput;
import com.allinaccountability.core.service.Inputs.ControlInput;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import com.allinaccountability.core.service.Inputs.OwnershipInput;
import com.allinaccountability.core.service.Inputs.ReopenInput;
import com.allinaccountability.core.service.Inputs.RetrospectiveInput;
import com.allinaccountability.core.service.Inputs.VerificationInput;
import com.allinaccountability.core.service.Inputs.WithdrawalInput;
import java.util.List;
import java.util.Optional;

/**
 * The JSON bodies of the REST API's writes, exactly as SPEC's table names their fields. Every field may be absent
 * (null); each write body reads itself into the core's input ({@link WriteBody#parse()}), turning absence into the
 * core's empty values, and the core says which ones are required. Enums are typed, so a value outside them is refused
 * by the JSON reader with a message naming the field. Dates stay strings here and are parsed with the body, so a
 * malformed date is a per-field 400 too.
 */
public final class Bodies {
    private Bodies() {}

    /** A step's write: its fields and the version of the record the caller last read. */
    public interface WriteBody<I> {
        /** The core's input and the version, or what could not be read (fields in the order they are read). */
        ParsedWrite<I> parse();
    }

    public record ExpectationBody(String outcome, String why, String targetDate, String goalLink, Long version)
            implements WriteBody<ExpectationInput> {
        @Override
        public ParsedWrite<ExpectationInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new ExpectationInput(parse.text(outcome), parse.text(why),
                    parse.date("targetDate", targetDate), parse.text(goalLink)), version);
        }
    }

    public record AlignmentBody(
            AlignmentState state, String comment, String proposedDate, Integer revision, Long version)
            implements WriteBody<AlignmentInput> {
        @Override
        public ParsedWrite<AlignmentInput> parse() {
            Parse parse = new Parse();
            if (revision == null) {
                parse.violations().field("revision", "Required: the expectation revision you read and align to.");
            }
            return parse.parsed(new AlignmentInput(Optional.ofNullable(state), parse.text(comment),
                    parse.date("proposedDate", proposedDate), revision == null ? 0 : revision), version);
        }
    }

    public record ControlBody(String levers, String support, Integer rating, Long version)
            implements WriteBody<ControlInput> {
        @Override
        public ParsedWrite<ControlInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new ControlInput(parse.text(levers), parse.text(support), Optional.ofNullable(rating)),
                    version);
        }
    }

    public record OwnershipBody(OwnershipRole role, String statement, Long version)
            implements WriteBody<OwnershipInput> {
        @Override
        public ParsedWrite<OwnershipInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new OwnershipInput(Optional.ofNullable(role), parse.text(statement)), version);
        }
    }

    public record WithdrawalBody(OwnershipRole role, String reason, Long version)
            implements WriteBody<WithdrawalInput> {
        @Override
        public ParsedWrite<WithdrawalInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new WithdrawalInput(Optional.ofNullable(role), parse.text(reason)), version);
        }
    }

    public record CheckInBody(CheckInStatus status, String note, String forecastDate, Long version)
            implements WriteBody<CheckInInput> {
        @Override
        public ParsedWrite<CheckInInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new CheckInInput(Optional.ofNullable(status), parse.text(note),
                    parse.date("forecastDate", forecastDate)), version);
        }
    }

    public record RetrospectiveBody(
            RetrospectiveResult result, String evidence, String wentWell, String toImprove, String lessons,
                    String nextCommitment,
            Long version) implements WriteBody<RetrospectiveInput> {
        @Override
        public ParsedWrite<RetrospectiveInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new RetrospectiveInput(Optional.ofNullable(result), parse.text(evidence),
                    parse.text(wentWell), parse.text(toImprove), parse.text(lessons), parse.text(nextCommitment)),
                    version);
        }
    }

    public record VerificationBody(Boolean agrees, String note, Long version) implements WriteBody<VerificationInput> {
        @Override
        public ParsedWrite<VerificationInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new VerificationInput(Optional.ofNullable(agrees), parse.text(note)), version);
        }
    }

    public record ReopenBody(String reason, Long version) implements WriteBody<ReopenInput> {
        @Override
        public ParsedWrite<ReopenInput> parse() {
            Parse parse = new Parse();
            return parse.parsed(new ReopenInput(parse.text(reason)), version);
        }
    }

    /** @param toStatusCategory {@code new}, {@code indeterminate} or {@code done}, as Jira keys status categories */
    public record PolicyRuleBody(String toStatusCategory, List<Requirement> requirements) {}

    public record PolicyBody(
            List<String> issueTypes, List<PolicyRuleBody> rules, Boolean ownerMustBeAssignee,
            Integer checkinCadenceDays, Long version) {}
}
