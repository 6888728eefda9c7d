package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.dateOrNull;
import static com.allinaccountability.ao.Columns.emptyIfNull;
import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;
import static com.allinaccountability.ao.Columns.nullIfEmpty;
import static com.allinaccountability.ao.Columns.optionalDate;
import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.RecordSnapshot.at;
import static com.allinaccountability.ao.RecordSnapshot.optional;
import static com.allinaccountability.ao.RecordSnapshot.text;
import static com.allinaccountability.ao.RecordSnapshot.user;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * Every mapping of an alignment, in one place: the columns a read selects, its row to and from the core's
 * {@link Alignment} (insert and update, with its position in the record), and its entry in the record's snapshot.
 * An alignment is identified by its user.
 */
final class AlignmentRows {

    static final String SELECT = String.join(",", AlignmentEntity.ISSUE_ID, AlignmentEntity.SEQ_NO,
            AlignmentEntity.USER_KEY, AlignmentEntity.STATE, AlignmentEntity.COMMENT_TEXT,
            AlignmentEntity.PROPOSED_DATE, AlignmentEntity.REVISION_NO, AlignmentEntity.ALIGNED_AT);

    private AlignmentRows() {
    }

    static String key(Alignment a) {
        return a.user().value();
    }

    static Alignment read(AlignmentEntity row) {
        return new Alignment(UserKey.of(row.getUserKey()), AlignmentState.valueOf(row.getState()),
                emptyIfNull(row.getCommentText()), optionalDate(row.getProposedDate()), row.getRevisionNo(),
                instant(row.getAlignedAt()));
    }

    static Map<String, Object> insert(long issueId, int position, Alignment a) {
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

    static void update(int position, Alignment a, AlignmentEntity row) {
        row.setSeqNo(position);
        row.setState(a.state().name());
        row.setCommentText(nullIfEmpty(a.comment()));
        row.setProposedDate(dateOrNull(a.proposedDate()));
        row.setRevisionNo(a.revision());
        row.setAlignedAt(nanos(a.at()));
    }

    static void toJson(Alignment a, ObjectNode node) {
        node.put("user", a.user().value())
                .put("state", a.state().name())
                .put("comment", a.comment())
                .put("revision", a.revision())
                .put("at", nanos(a.at()));
        a.proposedDate().ifPresent(date -> node.put("proposedDate", date.toString()));
    }

    static Alignment fromJson(JsonNode a) {
        return new Alignment(user(a, "user"), AlignmentState.valueOf(text(a, "state")), text(a, "comment"),
                optional(a, "proposedDate").map(n -> LocalDate.parse(n.textValue())), a.get("revision").intValue(),
                at(a, "at"));
    }
}
