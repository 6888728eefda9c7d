package com.allinaccountability.core.waiting;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Crafts records field by field, without the service's checks, so rules can be tested on any shape of record. */
final class Records {
    private final long issueId;
    private final List<Expectation> revisions = new ArrayList<>();
    private final List<Alignment> alignments = new ArrayList<>();
    private final List<OwnershipDeclaration> ownership = new ArrayList<>();
    private final List<CheckIn> checkins = new ArrayList<>();
    private Optional<Control> control = Optional.empty();
    private Optional<Retrospective> retrospective = Optional.empty();
    private Optional<Verification> verification = Optional.empty();

    private Records(long issueId) {
        this.issueId = issueId;
    }

    static Records issue(long issueId) {
        return new Records(issueId);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    Records expectation(String setter, String setAt, String targetDate) {
        revisions.add(new Expectation(revisions.size() + 1, "Outcome " + (revisions.size() + 1), "Why",
                LocalDate.parse(targetDate), "", UserKey.of(setter), at(setAt)));
        return this;
    }

    Records aligned(String user, int revision, String when) {
        return alignment(user, AlignmentState.ALIGNED, revision, when, Optional.empty());
    }

    Records alignedProposing(String user, int revision, String when, String proposedDate) {
        return alignment(user, AlignmentState.ALIGNED, revision, when, Optional.of(LocalDate.parse(proposedDate)));
    }

    Records concerns(String user, int revision, String when) {
        return alignment(user, AlignmentState.CONCERNS, revision, when, Optional.empty());
    }

    /** Keeps each user's latest alignment only, as the record does. */
    Records alignment(String user, AlignmentState state, int revision, String when, Optional<LocalDate> proposed) {
        alignments.removeIf(a -> a.user().value().equals(user));
        alignments.add(new Alignment(UserKey.of(user), state, state == AlignmentState.CONCERNS ? "Why so?" : "",
                proposed, revision, at(when)));
        return this;
    }

    Records declared(String user, OwnershipRole role, String when) {
        ownership.add(OwnershipDeclaration.declared(UserKey.of(user), role, "Mine", at(when)));
        return this;
    }

    Records withdrawn(String user, OwnershipRole role, String declaredAt, String withdrawnAt) {
        ownership.add(new OwnershipDeclaration(UserKey.of(user), role, "Mine", at(declaredAt),
                Optional.of(at(withdrawnAt)), "Moved on"));
        return this;
    }

    Records control(String owner, String when) {
        control = Optional.of(new Control("Levers", "Support", 4, UserKey.of(owner), at(when)));
        return this;
    }

    Records checkIn(String user, String when) {
        checkins.add(new CheckIn(UserKey.of(user), CheckInStatus.ON_TRACK, "fine", Optional.empty(), at(when)));
        return this;
    }

    Records retrospective(String author, String when, int judgedRevision) {
        retrospective = Optional.of(new Retrospective(RetrospectiveResult.MET, "Evidence", "", "", "", "",
                UserKey.of(author), at(when), judgedRevision));
        return this;
    }

    Records verified(String verifier, String when) {
        verification = Optional.of(new Verification(UserKey.of(verifier), true, "Ok", at(when)));
        return this;
    }

    AccountabilityRecord build() {
        return new AccountabilityRecord(issueId, Fixtures.PROJECT_ID, 0, revisions, alignments, control, ownership,
                retrospective, verification, checkins);
    }
}
