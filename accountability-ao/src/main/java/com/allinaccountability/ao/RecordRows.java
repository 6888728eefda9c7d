package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.Columns.emptyIfNull;
import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;
import static com.allinaccountability.ao.Columns.nanosOrNull;
import static com.allinaccountability.ao.Columns.nullIfEmpty;
import static com.allinaccountability.ao.RecordSnapshot.at;
import static com.allinaccountability.ao.RecordSnapshot.text;
import static com.allinaccountability.ao.RecordSnapshot.user;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every mapping of the record row, in one place: the columns a read selects, the record's single-valued steps
 * (control, retrospective, verification) and version to and from its columns (insert and update), and those steps'
 * entries in the record's snapshot. The child types each have their own mapper ({@link RevisionRows},
 * {@link AlignmentRows}, {@link OwnershipRows}, {@link CheckInRows}, {@link HistoryRows}). No queries here.
 */
final class RecordRows {

    /** The record row's step columns, for a read from the rows (a row without a current snapshot). */
    static final String SELECT = String.join(",", RecordEntity.ISSUE_ID, RecordEntity.PROJECT_ID,
            RecordEntity.VERSION, RecordEntity.CONTROL_LEVERS, RecordEntity.CONTROL_SUPPORT,
            RecordEntity.CONTROL_RATING, RecordEntity.CONTROL_BY, RecordEntity.CONTROL_AT, RecordEntity.RETRO_RESULT,
            RecordEntity.RETRO_EVIDENCE, RecordEntity.RETRO_WENT_WELL, RecordEntity.RETRO_TO_IMPROVE,
            RecordEntity.RETRO_LESSONS, RecordEntity.RETRO_NEXT, RecordEntity.RETRO_AUTHOR, RecordEntity.RETRO_AT,
            RecordEntity.RETRO_REVISION, RecordEntity.VERIFIER, RecordEntity.VERIFY_AGREES, RecordEntity.VERIFY_NOTE,
            RecordEntity.VERIFIED_AT);

    /** What a read of a record selects first: enough to answer from the snapshot alone. */
    static final String SELECT_SNAPSHOT = String.join(",", RecordEntity.ISSUE_ID, RecordEntity.PROJECT_ID,
            RecordEntity.VERSION, RecordEntity.SNAPSHOT_FORMAT, RecordEntity.SNAPSHOT_VERSION, RecordEntity.SNAPSHOT);

    static final String SELECT_VERSION = RecordEntity.VERSION;

    private RecordRows() {
    }

    static AccountabilityRecord read(
            RecordEntity row, List<RevisionEntity> revisions, List<AlignmentEntity> alignments,
            List<OwnershipEntity> ownership, List<CheckInEntity> checkins) {
        return new AccountabilityRecord(
                row.getIssueId(),
                row.getProjectId(),
                row.getVersion(),
                revisions.stream().map(RevisionRows::read).toList(),
                alignments.stream().map(AlignmentRows::read).toList(),
                control(row),
                ownership.stream().map(OwnershipRows::read).toList(),
                retrospective(row),
                verification(row),
                checkins.stream().map(CheckInRows::read).toList());
    }

    private static Optional<Control> control(RecordEntity row) {
        if (row.getControlBy() == null) {
            return Optional.empty();
        }
        return Optional.of(new Control(emptyIfNull(row.getControlLevers()), emptyIfNull(row.getControlSupport()),
                row.getControlRating(), UserKey.of(row.getControlBy()), instant(row.getControlAt())));
    }

    private static Optional<Retrospective> retrospective(RecordEntity row) {
        if (row.getRetroAuthor() == null) {
            return Optional.empty();
        }
        return Optional.of(new Retrospective(RetrospectiveResult.valueOf(row.getRetroResult()),
                emptyIfNull(row.getRetroEvidence()),
                emptyIfNull(row.getRetroWentWell()), emptyIfNull(row.getRetroToImprove()),
                        emptyIfNull(row.getRetroLessons()),
                emptyIfNull(row.getRetroNext()), UserKey.of(row.getRetroAuthor()), instant(row.getRetroAt()),
                row.getRetroRevision()));
    }

    private static Optional<Verification> verification(RecordEntity row) {
        if (row.getVerifier() == null) {
            return Optional.empty();
        }
        return Optional.of(new Verification(UserKey.of(row.getVerifier()), row.getVerifyAgrees(),
                emptyIfNull(row.getVerifyNote()), instant(row.getVerifiedAt())));
    }

    /** Writes the record's single-valued steps, version and snapshot into its row; the caller saves the row. */
    static void update(AccountabilityRecord record, long version, RecordEntity row) {
        row.setProjectId(record.projectId());
        row.setVersion(version);

        Optional<Control> control = record.control();
        row.setControlLevers(control.map(c -> nullIfEmpty(c.levers())).orElse(null));
        row.setControlSupport(control.map(c -> nullIfEmpty(c.support())).orElse(null));
        row.setControlRating(control.map(Control::rating).orElse(null));
        row.setControlBy(control.map(c -> c.statedBy().value()).orElse(null));
        row.setControlAt(nanosOrNull(control.map(Control::at)));

        Optional<Retrospective> retro = record.retrospective();
        row.setRetroResult(retro.map(r -> r.result().name()).orElse(null));
        row.setRetroEvidence(retro.map(r -> nullIfEmpty(r.evidence())).orElse(null));
        row.setRetroWentWell(retro.map(r -> nullIfEmpty(r.wentWell())).orElse(null));
        row.setRetroToImprove(retro.map(r -> nullIfEmpty(r.toImprove())).orElse(null));
        row.setRetroLessons(retro.map(r -> nullIfEmpty(r.lessons())).orElse(null));
        row.setRetroNext(retro.map(r -> nullIfEmpty(r.nextCommitment())).orElse(null));
        row.setRetroAuthor(retro.map(r -> r.author().value()).orElse(null));
        row.setRetroAt(nanosOrNull(retro.map(Retrospective::at)));
        row.setRetroRevision(retro.map(Retrospective::judgedRevision).orElse(null));

        Optional<Verification> verification = record.verification();
        row.setVerifier(verification.map(v -> v.verifier().value()).orElse(null));
        row.setVerifyAgrees(verification.map(Verification::agrees).orElse(null));
        row.setVerifyNote(verification.map(v -> nullIfEmpty(v.note())).orElse(null));
        row.setVerifiedAt(nanosOrNull(verification.map(Verification::at)));

        row.setSnapshotFormat(RecordSnapshot.FORMAT);
        row.setSnapshotVersion(version);
        row.setSnapshot(RecordSnapshot.write(record));
    }

    /**
     * All columns of a new record row at {@code version}, for one insert (the same values {@link #update} sets on a
     * stored row; the contract's round trips check the two agree).
     */
    static Map<String, Object> insert(AccountabilityRecord record, long version) {
        Optional<Control> control = record.control();
        Optional<Retrospective> retro = record.retrospective();
        Optional<Verification> verification = record.verification();
        return columns(
                RecordEntity.ISSUE_ID, record.issueId(),
                RecordEntity.PROJECT_ID, record.projectId(),
                RecordEntity.VERSION, version,
                RecordEntity.CONTROL_LEVERS, control.map(c -> nullIfEmpty(c.levers())).orElse(null),
                RecordEntity.CONTROL_SUPPORT, control.map(c -> nullIfEmpty(c.support())).orElse(null),
                RecordEntity.CONTROL_RATING, control.map(Control::rating).orElse(null),
                RecordEntity.CONTROL_BY, control.map(c -> c.statedBy().value()).orElse(null),
                RecordEntity.CONTROL_AT, nanosOrNull(control.map(Control::at)),
                RecordEntity.RETRO_RESULT, retro.map(r -> r.result().name()).orElse(null),
                RecordEntity.RETRO_EVIDENCE, retro.map(r -> nullIfEmpty(r.evidence())).orElse(null),
                RecordEntity.RETRO_WENT_WELL, retro.map(r -> nullIfEmpty(r.wentWell())).orElse(null),
                RecordEntity.RETRO_TO_IMPROVE, retro.map(r -> nullIfEmpty(r.toImprove())).orElse(null),
                RecordEntity.RETRO_LESSONS, retro.map(r -> nullIfEmpty(r.lessons())).orElse(null),
                RecordEntity.RETRO_NEXT, retro.map(r -> nullIfEmpty(r.nextCommitment())).orElse(null),
                RecordEntity.RETRO_AUTHOR, retro.map(r -> r.author().value()).orElse(null),
                RecordEntity.RETRO_AT, nanosOrNull(retro.map(Retrospective::at)),
                RecordEntity.RETRO_REVISION, retro.map(Retrospective::judgedRevision).orElse(null),
                RecordEntity.VERIFIER, verification.map(v -> v.verifier().value()).orElse(null),
                RecordEntity.VERIFY_AGREES, verification.map(Verification::agrees).orElse(null),
                RecordEntity.VERIFY_NOTE, verification.map(v -> nullIfEmpty(v.note())).orElse(null),
                RecordEntity.VERIFIED_AT, nanosOrNull(verification.map(Verification::at)),
                RecordEntity.SNAPSHOT_FORMAT, RecordSnapshot.FORMAT,
                RecordEntity.SNAPSHOT_VERSION, version,
                RecordEntity.SNAPSHOT, RecordSnapshot.write(record));
    }

    static void toJson(Control c, ObjectNode node) {
        node.put("levers", c.levers())
                .put("support", c.support())
                .put("rating", c.rating())
                .put("statedBy", c.statedBy().value())
                .put("at", nanos(c.at()));
    }

    static Control controlFromJson(JsonNode c) {
        return new Control(text(c, "levers"), text(c, "support"), c.get("rating").intValue(), user(c, "statedBy"),
                at(c, "at"));
    }

    static void toJson(Retrospective r, ObjectNode node) {
        node.put("result", r.result().name())
                .put("evidence", r.evidence())
                .put("wentWell", r.wentWell())
                .put("toImprove", r.toImprove())
                .put("lessons", r.lessons())
                .put("nextCommitment", r.nextCommitment())
                .put("author", r.author().value())
                .put("at", nanos(r.at()))
                .put("judgedRevision", r.judgedRevision());
    }

    static Retrospective retrospectiveFromJson(JsonNode r) {
        return new Retrospective(RetrospectiveResult.valueOf(text(r, "result")), text(r, "evidence"), text(r,
                "wentWell"),
                text(r, "toImprove"), text(r, "lessons"), text(r, "nextCommitment"), user(r, "author"), at(r, "at"),
                r.get("judgedRevision").intValue());
    }

    static void toJson(Verification v, ObjectNode node) {
        node.put("verifier", v.verifier().value())
                .put("agrees", v.agrees())
                .put("note", v.note())
                .put("at", nanos(v.at()));
    }

    static Verification verificationFromJson(JsonNode v) {
        return new Verification(user(v, "verifier"), v.get("agrees").booleanValue(), text(v, "note"), at(v, "at"));
    }
}
