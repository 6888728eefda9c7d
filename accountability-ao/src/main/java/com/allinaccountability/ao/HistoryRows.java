package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.emptyIfNull;
import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;
import static com.allinaccountability.ao.Columns.nullIfEmpty;
import static com.allinaccountability.ao.Columns.columns;

import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.UserKey;
import java.util.Map;

/**
 * Every mapping of a history event, in one place: the columns a read selects and its row to and from the core's
 * {@link HistoryEvent} (insert only: history is append only). History is not part of the record's snapshot.
 */
final class HistoryRows {

    static final String SELECT = String.join(",", HistoryEntity.ISSUE_ID, HistoryEntity.CHANGED_AT,
            HistoryEntity.USER_KEY, HistoryEntity.FIELD_NAME, HistoryEntity.OLD_VALUE, HistoryEntity.NEW_VALUE);

    private HistoryRows() {
    }

    static HistoryEvent read(HistoryEntity row) {
        return new HistoryEvent(row.getIssueId(), instant(row.getChangedAt()), UserKey.of(row.getUserKey()),
                emptyIfNull(row.getFieldName()), emptyIfNull(row.getOldValue()), emptyIfNull(row.getNewValue()));
    }

    static Map<String, Object> insert(HistoryEvent e) {
        return columns(
                HistoryEntity.ISSUE_ID, e.issueId(),
                HistoryEntity.CHANGED_AT, nanos(e.at()),
                HistoryEntity.USER_KEY, e.user().value(),
                HistoryEntity.FIELD_NAME, nullIfEmpty(e.field()),
                HistoryEntity.OLD_VALUE, nullIfEmpty(e.from()),
                HistoryEntity.NEW_VALUE, nullIfEmpty(e.to()));
    }
}
