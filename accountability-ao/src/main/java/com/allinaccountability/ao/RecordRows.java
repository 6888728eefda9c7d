package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.date;
import static com.allinaccountability.ao.Columns.dateOrNull;
import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;
import static com.allinaccountability.ao.Columns.nanosOrNull;
import static com.allinaccountability.ao.Columns.optionalDate;
import static com.allinaccountability.ao.Columns.optionalInstant;
import static com.allinaccountability.ao.Columns.emptyIfNull;
import static com.allinaccountability.ao.Columns.nullIfEmpty;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Result;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the rows of one record to the core's model and back. No queries here; {@link AoRecordStore} runs them. */
final class RecordRows {

    private RecordRows() {
    }

    static AccountabilityRecord record(
            RecordEntity row, List<RevisionEntity> revisions, List<AlignmentEntity> alignments,
            List<OwnershipEntity> ownership, List<CheckInEntity> checkins) {
        return new AccountabilityRecord(
                row.getIssueId(),
                row.getProjectId(),
                row.getVersion(),
                revisions.stream().map(RecordRows::expectation).toList(),
                alignments.stream().map(RecordRows::alignment).toList(),
                control(row),
                ownership.stream().map(RecordRows::declaration).toList(),
                retrospective(row),
                verification(row),
                checkins.stream().map(RecordRows::checkIn).toList());
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
        return Optional.of(new Retrospective(Result.valueOf(row.getRetroResult()), emptyIfNull(row.getRetroEvidence()),
                emptyIfNull(row.getRetroWentWell()), emptyIfNull(row.getRetroToImprove()), emptyIfNull(row.getRetroLessons()),
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

    /** Writes the record's single-valued steps and version into its row; the caller saves the row. */
    static void write(AccountabilityRecord record, long version, RecordEntity row) {
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
     * All columns of a new record row at {@code version}, for one insert (the same values {@link #write} sets on a
     * stored row; the contract's round trips check the two agree).
     */
    static Map<String, Object> newRecord(AccountabilityRecord record, long version) {
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

    static Expectation expectation(RevisionEntity row) {
        return new Expectation(row.getRevisionNo(), emptyIfNull(row.getOutcome()), emptyIfNull(row.getWhy()),
                LocalDate.parse(row.getTargetDate()), emptyIfNull(row.getGoalLink()), UserKey.of(row.getSetBy()),
                instant(row.getSetAt()));
    }

    static Map<String, Object> revision(long issueId, Expectation e) {
        return columns(
                RevisionEntity.ISSUE_ID, issueId,
                RevisionEntity.REVISION_NO, e.revision(),
                RevisionEntity.OUTCOME, nullIfEmpty(e.outcome()),
                RevisionEntity.WHY, nullIfEmpty(e.why()),
                RevisionEntity.TARGET_DATE, date(e.targetDate()),
                RevisionEntity.GOAL_LINK, nullIfEmpty(e.goalLink()),
                RevisionEntity.SET_BY, e.setBy().value(),
                RevisionEntity.SET_AT, nanos(e.setAt()));
    }

    static void write(Expectation e, RevisionEntity row) {
        row.setOutcome(nullIfEmpty(e.outcome()));
        row.setWhy(nullIfEmpty(e.why()));
        row.setTargetDate(date(e.targetDate()));
        row.setGoalLink(nullIfEmpty(e.goalLink()));
        row.setSetBy(e.setBy().value());
        row.setSetAt(nanos(e.setAt()));
    }

    static Alignment alignment(AlignmentEntity row) {
        return new Alignment(UserKey.of(row.getUserKey()), AlignmentState.valueOf(row.getState()),
                emptyIfNull(row.getCommentText()), optionalDate(row.getProposedDate()), row.getRevisionNo(),
                instant(row.getAlignedAt()));
    }

    static Map<String, Object> alignment(long issueId, int position, Alignment a) {
        return columns(
                AlignmentEntity.ISSUE_ID, issueId,
                AlignmentEntity.SEQ_NO, position,
                AlignmentEntity.USER_KEY, a.user().value(),
                AlignmentEntity.STATE, a.state().name(),
                AlignmentEntity.COMMENT_TEXT, nullIfEmpty(a.comment()),
                AlignmentEntity.PROPOSED_DATE, dateOrNull(a.proposedDate()),
                AlignmentEntity.REVISION_NO, a.revision(),
                AlignmentEntity.ALIGNED_AT, nanos(a.at()));
    }

    static void write(int position, Alignment a, AlignmentEntity row) {
        row.setSeqNo(position);
        row.setState(a.state().name());
        row.setCommentText(nullIfEmpty(a.comment()));
        row.setProposedDate(dateOrNull(a.proposedDate()));
        row.setRevisionNo(a.revision());
        row.setAlignedAt(nanos(a.at()));
    }

    static OwnershipDeclaration declaration(OwnershipEntity row) {
        return new OwnershipDeclaration(UserKey.of(row.getUserKey()), OwnershipRole.valueOf(row.getRoleName()),
                emptyIfNull(row.getStatement()), instant(row.getDeclaredAt()), optionalInstant(row.getWithdrawnAt()),
                emptyIfNull(row.getWithdrawReason()));
    }

    static Map<String, Object> declaration(long issueId, int position, OwnershipDeclaration d) {
        return columns(
                OwnershipEntity.ISSUE_ID, issueId,
                OwnershipEntity.SEQ_NO, position,
                OwnershipEntity.USER_KEY, d.user().value(),
                OwnershipEntity.ROLE_NAME, d.role().name(),
                OwnershipEntity.STATEMENT, nullIfEmpty(d.statement()),
                OwnershipEntity.DECLARED_AT, nanos(d.declaredAt()),
                OwnershipEntity.WITHDRAWN_AT, nanosOrNull(d.withdrawnAt()),
                OwnershipEntity.WITHDRAW_REASON, nullIfEmpty(d.withdrawReason()));
    }

    static void write(int position, OwnershipDeclaration d, OwnershipEntity row) {
        row.setSeqNo(position);
        row.setStatement(nullIfEmpty(d.statement()));
        row.setWithdrawnAt(nanosOrNull(d.withdrawnAt()));
        row.setWithdrawReason(nullIfEmpty(d.withdrawReason()));
    }

    /** What identifies a declaration: who declared which role when. */
    static String declarationKey(OwnershipDeclaration d) {
        return d.user().value() + '\n' + d.role().name() + '\n' + nanos(d.declaredAt());
    }

    static String declarationKey(OwnershipEntity row) {
        return row.getUserKey() + '\n' + row.getRoleName() + '\n' + row.getDeclaredAt();
    }

    static CheckIn checkIn(CheckInEntity row) {
        return new CheckIn(UserKey.of(row.getUserKey()), CheckInStatus.valueOf(row.getStatus()), emptyIfNull(row.getNote()),
                optionalDate(row.getForecastDate()), instant(row.getCheckedAt()));
    }

    static Map<String, Object> checkIn(long issueId, CheckIn c) {
        return columns(
                CheckInEntity.ISSUE_ID, issueId,
                CheckInEntity.USER_KEY, c.user().value(),
                CheckInEntity.STATUS, c.status().name(),
                CheckInEntity.NOTE, nullIfEmpty(c.note()),
                CheckInEntity.FORECAST_DATE, dateOrNull(c.forecastDate()),
                CheckInEntity.CHECKED_AT, nanos(c.at()));
    }

    static HistoryEvent event(HistoryEntity row) {
        return new HistoryEvent(row.getIssueId(), instant(row.getChangedAt()), UserKey.of(row.getUserKey()),
                emptyIfNull(row.getFieldName()), emptyIfNull(row.getOldValue()), emptyIfNull(row.getNewValue()));
    }

    static Map<String, Object> event(HistoryEvent e) {
        return columns(
                HistoryEntity.ISSUE_ID, e.issueId(),
                HistoryEntity.CHANGED_AT, nanos(e.at()),
                HistoryEntity.USER_KEY, e.user().value(),
                HistoryEntity.FIELD_NAME, nullIfEmpty(e.field()),
                HistoryEntity.OLD_VALUE, nullIfEmpty(e.from()),
                HistoryEntity.NEW_VALUE, nullIfEmpty(e.to()));
    }

    /** Column values for an insert; {@code NULL}s are left out (the column's default is {@code NULL}). */
    static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }
}
