package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.instant;
import static com.allinaccountability.ao.Columns.nanos;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Result;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole record as one JSON text, kept in the record row ({@code RECORD.SNAPSHOT}) next to the rows it summarises,
 * so that the panel and every gate check read a record with one indexed query, whatever its number of revisions,
 * alignments, declarations and check-ins.
 *
 * <p>The child rows stay the truth: every save writes both in one transaction, and a row is read from its child
 * rows instead when its {@code SNAPSHOT_FORMAT} is not {@link #FORMAT} (written before snapshots existed, or in an
 * older format), its {@code SNAPSHOT_VERSION} is not its {@code VERSION} (saved since by a writer that does not know
 * snapshots) or its text cannot be read. So a change of this format needs no data migration: bump {@link #FORMAT}, and old snapshots are
 * ignored until their record is saved again. {@code RecordSnapshotTest} pins the text of this format, so that a change
 * of the core's records cannot change it unnoticed.
 *
 * <p>The format is written and read field by field, not by reflection over the core's records: the stored text must
 * not change because a record gained a method. Issue, project and version are not in the text; they are the row's
 * own columns. Instants are nanoseconds since the epoch, as in every other column, dates ISO text, enums their names.
 */
final class RecordSnapshot {
    /** The format this code writes and reads. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordSnapshot() {
    }

    /**
     * Whether a row's snapshot columns hold a snapshot this code can read, written for the row's current version (a
     * writer that does not know snapshots moves the version and leaves an old snapshot behind).
     */
    static boolean readable(Integer format, Long snapshotVersion, long version, String text) {
        return format != null && format == FORMAT && snapshotVersion != null && snapshotVersion == version
                && text != null;
    }

    static String write(AccountabilityRecord record) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode revisions = root.putArray("revisions");
        record.revisions().forEach(e -> revisions.addObject()
                .put("revision", e.revision())
                .put("outcome", e.outcome())
                .put("why", e.why())
                .put("targetDate", e.targetDate().toString())
                .put("goalLink", e.goalLink())
                .put("setBy", e.setBy().value())
                .put("setAt", nanos(e.setAt())));
        ArrayNode alignments = root.putArray("alignments");
        record.alignments().forEach(a -> {
            ObjectNode node = alignments.addObject()
                    .put("user", a.user().value())
                    .put("state", a.state().name())
                    .put("comment", a.comment())
                    .put("revision", a.revision())
                    .put("at", nanos(a.at()));
            a.proposedDate().ifPresent(date -> node.put("proposedDate", date.toString()));
        });
        record.control().ifPresent(c -> root.putObject("control")
                .put("levers", c.levers())
                .put("support", c.support())
                .put("rating", c.rating())
                .put("statedBy", c.statedBy().value())
                .put("at", nanos(c.at())));
        ArrayNode ownership = root.putArray("ownership");
        record.ownership().forEach(d -> {
            ObjectNode node = ownership.addObject()
                    .put("user", d.user().value())
                    .put("role", d.role().name())
                    .put("statement", d.statement())
                    .put("declaredAt", nanos(d.declaredAt()))
                    .put("withdrawReason", d.withdrawReason());
            d.withdrawnAt().ifPresent(at -> node.put("withdrawnAt", nanos(at)));
        });
        record.retrospective().ifPresent(r -> root.putObject("retrospective")
                .put("result", r.result().name())
                .put("evidence", r.evidence())
                .put("wentWell", r.wentWell())
                .put("toImprove", r.toImprove())
                .put("lessons", r.lessons())
                .put("nextCommitment", r.nextCommitment())
                .put("author", r.author().value())
                .put("at", nanos(r.at()))
                .put("judgedRevision", r.judgedRevision()));
        record.verification().ifPresent(v -> root.putObject("verification")
                .put("verifier", v.verifier().value())
                .put("agrees", v.agrees())
                .put("note", v.note())
                .put("at", nanos(v.at())));
        ArrayNode checkins = root.putArray("checkins");
        record.checkins().forEach(c -> {
            ObjectNode node = checkins.addObject()
                    .put("user", c.user().value())
                    .put("status", c.status().name())
                    .put("note", c.note())
                    .put("at", nanos(c.at()));
            c.forecastDate().ifPresent(date -> node.put("forecastDate", date.toString()));
        });
        return root.toString();
    }

    /**
     * The record a snapshot holds, with the row's own issue, project and version.
     *
     * @throws IllegalStateException if the text is not a snapshot of {@link #FORMAT} (a damaged row)
     */
    static AccountabilityRecord read(long issueId, long projectId, long version, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored snapshot of issue " + issueId + " is not JSON", e);
        }
        try {
            return new AccountabilityRecord(issueId, projectId, version,
                    list(root, "revisions", e -> new Expectation(e.get("revision").intValue(),
                            text(e, "outcome"), text(e, "why"), LocalDate.parse(text(e, "targetDate")),
                            text(e, "goalLink"), user(e, "setBy"), at(e, "setAt"))),
                    list(root, "alignments", a -> new Alignment(user(a, "user"),
                            AlignmentState.valueOf(text(a, "state")), text(a, "comment"),
                            optional(a, "proposedDate").map(n -> LocalDate.parse(n.textValue())),
                            a.get("revision").intValue(), at(a, "at"))),
                    optional(root, "control").map(c -> new Control(text(c, "levers"), text(c, "support"),
                            c.get("rating").intValue(), user(c, "statedBy"), at(c, "at"))),
                    list(root, "ownership", d -> new OwnershipDeclaration(user(d, "user"),
                            OwnershipRole.valueOf(text(d, "role")), text(d, "statement"), at(d, "declaredAt"),
                            optional(d, "withdrawnAt").map(n -> instant(n.longValue())),
                            text(d, "withdrawReason"))),
                    optional(root, "retrospective").map(r -> new Retrospective(Result.valueOf(text(r, "result")),
                            text(r, "evidence"), text(r, "wentWell"), text(r, "toImprove"), text(r, "lessons"),
                            text(r, "nextCommitment"), user(r, "author"), at(r, "at"),
                            r.get("judgedRevision").intValue())),
                    optional(root, "verification").map(v -> new Verification(user(v, "verifier"),
                            v.get("agrees").booleanValue(), text(v, "note"), at(v, "at"))),
                    list(root, "checkins", c -> new CheckIn(user(c, "user"), CheckInStatus.valueOf(text(c, "status")),
                            text(c, "note"), optional(c, "forecastDate").map(n -> LocalDate.parse(n.textValue())),
                            at(c, "at"))));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The stored snapshot of issue " + issueId + " is damaged", e);
        }
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> item) {
        JsonNode array = root.get(field);
        List<T> items = new ArrayList<>(array.size());
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }

    private static Optional<JsonNode> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("No text in " + field);
        }
        return value.textValue();
    }

    private static UserKey user(JsonNode node, String field) {
        return UserKey.of(text(node, field));
    }

    private static java.time.Instant at(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToExactIntegral()) {
            throw new IllegalStateException("No instant in " + field);
        }
        return instant(value.longValue());
    }
}
