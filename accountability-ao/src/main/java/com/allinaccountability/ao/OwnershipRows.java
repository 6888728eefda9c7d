package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.emptyIfNull;
import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;
import static com.allinaccountability.ao.Columns.nanosOrNull;
import static com.allinaccountability.ao.Columns.nullIfEmpty;
import static com.allinaccountability.ao.Columns.optionalInstant;
import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.RecordSnapshot.at;
import static com.allinaccountability.ao.RecordSnapshot.optional;
import static com.allinaccountability.ao.RecordSnapshot.text;
import static com.allinaccountability.ao.RecordSnapshot.user;

import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Every mapping of an ownership declaration, in one place: the columns a read selects, its row to and from the core's
 * {@link OwnershipDeclaration} (insert and update, with its position in the record), its key, and its entry in the
 * record's snapshot.
 */
final class OwnershipRows {

    static final String SELECT = String.join(",", OwnershipEntity.ISSUE_ID, OwnershipEntity.SEQ_NO,
            OwnershipEntity.USER_KEY, OwnershipEntity.ROLE_NAME, OwnershipEntity.STATEMENT,
            OwnershipEntity.DECLARED_AT, OwnershipEntity.WITHDRAWN_AT, OwnershipEntity.WITHDRAW_REASON);

    private OwnershipRows() {
    }

    /** What identifies a declaration: who declared which role when. */
    static String key(OwnershipDeclaration d) {
        return d.user().value() + '\n' + d.role().name() + '\n' + nanos(d.declaredAt());
    }

    static String key(OwnershipEntity row) {
        return row.getUserKey() + '\n' + row.getRoleName() + '\n' + row.getDeclaredAt();
    }

    static OwnershipDeclaration read(OwnershipEntity row) {
        return new OwnershipDeclaration(UserKey.of(row.getUserKey()), OwnershipRole.valueOf(row.getRoleName()),
                emptyIfNull(row.getStatement()), instant(row.getDeclaredAt()), optionalInstant(row.getWithdrawnAt()),
                emptyIfNull(row.getWithdrawReason()));
    }

    static Map<String, Object> insert(long issueId, int position, OwnershipDeclaration d) {
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

    /** The key columns (user, role, declaration time) never change; the rest may. */
    static void update(int position, OwnershipDeclaration d, OwnershipEntity row) {
        row.setSeqNo(position);
        row.setStatement(nullIfEmpty(d.statement()));
        row.setWithdrawnAt(nanosOrNull(d.withdrawnAt()));
        row.setWithdrawReason(nullIfEmpty(d.withdrawReason()));
    }

    static void toJson(OwnershipDeclaration d, ObjectNode node) {
        node.put("user", d.user().value())
                .put("role", d.role().name())
                .put("statement", d.statement())
                .put("declaredAt", nanos(d.declaredAt()))
                .put("withdrawReason", d.withdrawReason());
        d.withdrawnAt().ifPresent(at -> node.put("withdrawnAt", nanos(at)));
    }

    static OwnershipDeclaration fromJson(JsonNode d) {
        return new OwnershipDeclaration(user(d, "user"), OwnershipRole.valueOf(text(d, "role")),
                text(d, "statement"), at(d, "declaredAt"), optional(d, "withdrawnAt").map(n -> instant(n.longValue())),
                text(d, "withdrawReason"));
    }
}
