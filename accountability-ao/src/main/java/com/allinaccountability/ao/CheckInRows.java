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

import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * Every mapping of a check-in, in one place: the columns a read selects and their order, its row to and from the
 * core's {@link CheckIn} (insert only: check-ins are append only), and its entry in the record's snapshot.
 */
final class CheckInRows {

    static final String SELECT = String.join(",", CheckInEntity.ISSUE_ID, CheckInEntity.USER_KEY,
            CheckInEntity.STATUS, CheckInEntity.NOTE, CheckInEntity.FORECAST_DATE, CheckInEntity.CHECKED_AT);

    /** Check-ins come back in the order they were appended. */
    static final String ORDER = "ID ASC";

    private CheckInRows() {
    }

    static CheckIn read(CheckInEntity row) {
        return new CheckIn(UserKey.of(row.getUserKey()), CheckInStatus.valueOf(row.getStatus()),
                emptyIfNull(row.getNote()), optionalDate(row.getForecastDate()), instant(row.getCheckedAt()));
    }

    static Map<String, Object> insert(long issueId, CheckIn c) {
        return columns(
                CheckInEntity.ISSUE_ID, issueId,
                CheckInEntity.USER_KEY, c.user().value(),
                CheckInEntity.STATUS, c.status().name(),
                CheckInEntity.NOTE, nullIfEmpty(c.note()),
                CheckInEntity.FORECAST_DATE, dateOrNull(c.forecastDate()),
                CheckInEntity.CHECKED_AT, nanos(c.at()));
    }

    static void toJson(CheckIn c, ObjectNode node) {
        node.put("user", c.user().value())
                .put("status", c.status().name())
                .put("note", c.note())
                .put("at", nanos(c.at()));
        c.forecastDate().ifPresent(date -> node.put("forecastDate", date.toString()));
    }

    static CheckIn fromJson(JsonNode c) {
        return new CheckIn(user(c, "user"), CheckInStatus.valueOf(text(c, "status")), text(c, "note"),
                optional(c, "forecastDate").map(n -> LocalDate.parse(n.textValue())), at(c, "at"));
    }
}
