package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.date;
import static com.allinaccountability.ao.Columns.emptyIfNull;
import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;
import static com.allinaccountability.ao.Columns.nullIfEmpty;
import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.RecordSnapshot.at;
import static com.allinaccountability.ao.RecordSnapshot.text;
import static com.allinaccountability.ao.RecordSnapshot.user;

import com.allinaccountability.ao.entity.RevisionEntity;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;

/**
 * Every mapping of an expectation revision, in one place: the columns a read selects, its row to and from the core's
 * {@link Expectation} (insert and update), and its entry in the record's snapshot. No queries here.
 */
final class RevisionRows {

    static final String SELECT = String.join(",", RevisionEntity.ISSUE_ID, RevisionEntity.REVISION_NO,
            RevisionEntity.OUTCOME, RevisionEntity.WHY, RevisionEntity.TARGET_DATE, RevisionEntity.GOAL_LINK,
            RevisionEntity.SET_BY, RevisionEntity.SET_AT);

    private RevisionRows() {
    }

    static Expectation read(RevisionEntity row) {
        return new Expectation(row.getRevisionNo(), emptyIfNull(row.getOutcome()), emptyIfNull(row.getWhy()),
                LocalDate.parse(row.getTargetDate()), emptyIfNull(row.getGoalLink()), UserKey.of(row.getSetBy()),
                instant(row.getSetAt()));
    }

    static Map<String, Object> insert(long issueId, Expectation e) {
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

    static void update(Expectation e, RevisionEntity row) {
        row.setOutcome(nullIfEmpty(e.outcome()));
        row.setWhy(nullIfEmpty(e.why()));
        row.setTargetDate(date(e.targetDate()));
        row.setGoalLink(nullIfEmpty(e.goalLink()));
        row.setSetBy(e.setBy().value());
        row.setSetAt(nanos(e.setAt()));
    }

    static void toJson(Expectation e, ObjectNode node) {
        node.put("revision", e.revision())
                .put("outcome", e.outcome())
                .put("why", e.why())
                .put("targetDate", e.targetDate().toString())
                .put("goalLink", e.goalLink())
                .put("setBy", e.setBy().value())
                .put("setAt", nanos(e.setAt()));
    }

    static Expectation fromJson(JsonNode e) {
        return new Expectation(e.get("revision").intValue(), text(e, "outcome"), text(e, "why"),
                LocalDate.parse(text(e, "targetDate")), text(e, "goalLink"), user(e, "setBy"), at(e, "setAt"));
    }
}
