package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.instant;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.UserKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The record's read model: a whole record as one JSON text, kept in the record row ({@code RECORD.SNAPSHOT}) next to
 * the rows it summarises, so that the panel and every gate check read a record with one indexed query, whatever its
 * number of revisions, alignments, declarations and check-ins. It stays on purpose (issue 14 weighed dropping it):
 * the statement-count tests of {@code AoRecordStoreTest} pin that one-statement read.
 *
 * <p><b>Invariants.</b>
 * <ul>
 *   <li>The child rows stay the truth. Every save writes the snapshot and the rows in one transaction, so a snapshot
 *       written for the row's {@code VERSION} says exactly what the rows say.</li>
 *   <li>A row is read from its child rows instead when its {@code SNAPSHOT_FORMAT} is not {@link #FORMAT} (written
 *       before snapshots existed, or in an older format), its {@code SNAPSHOT_VERSION} is not its {@code VERSION}
 *       (saved since by a writer that does not know snapshots) or its text cannot be read ({@link #readable}). So a
 *       change of this format needs no data migration: bump {@link #FORMAT}, and old snapshots are ignored until
 *       their record is saved again.</li>
 *   <li>History is not in the snapshot; it is read page by page from its own table.</li>
 *   <li>{@code RecordSnapshotTest} pins the text of this format, so that a change of the core's records cannot change
 *       it unnoticed.</li>
 * </ul>
 *
 * <p>The format is written and read field by field, not by reflection over the core's records: the stored text must
 * not change because a record gained a method. Each part's fields are mapped by that part's mapper, beside its columns
 * ({@link RevisionRows}, {@link AlignmentRows}, {@link OwnershipRows}, {@link CheckInRows}, and {@link RecordRows} for
 * control, retrospective and verification); this class holds the layout. Issue, project and version are not in the
 * text; they are the row's own columns. Instants are nanoseconds since the epoch, as in every other column, dates ISO
 * text, enums their names.
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
        array(root, "revisions", record.revisions(), RevisionRows::toJson);
        array(root, "alignments", record.alignments(), AlignmentRows::toJson);
        record.control().ifPresent(c -> RecordRows.toJson(c, root.putObject("control")));
        array(root, "ownership", record.ownership(), OwnershipRows::toJson);
        record.retrospective().ifPresent(r -> RecordRows.toJson(r, root.putObject("retrospective")));
        record.verification().ifPresent(v -> RecordRows.toJson(v, root.putObject("verification")));
        array(root, "checkins", record.checkins(), CheckInRows::toJson);
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
                    list(root, "revisions", RevisionRows::fromJson),
                    list(root, "alignments", AlignmentRows::fromJson),
                    optional(root, "control").map(RecordRows::controlFromJson),
                    list(root, "ownership", OwnershipRows::fromJson),
                    optional(root, "retrospective").map(RecordRows::retrospectiveFromJson),
                    optional(root, "verification").map(RecordRows::verificationFromJson),
                    list(root, "checkins", CheckInRows::fromJson));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The stored snapshot of issue " + issueId + " is damaged", e);
        }
    }

    private static <T> void array(ObjectNode root, String field, List<T> items, BiConsumer<T, ObjectNode> item) {
        ArrayNode array = root.putArray(field);
        items.forEach(value -> item.accept(value, array.addObject()));
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> item) {
        JsonNode array = root.get(field);
        List<T> items = new ArrayList<>(array.size());
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }

    // The field readers the mappers use: each refuses a missing or mistyped field, so a damaged text is noticed.

    static Optional<JsonNode> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("No text in " + field);
        }
        return value.textValue();
    }

    static UserKey user(JsonNode node, String field) {
        return UserKey.of(text(node, field));
    }

    static java.time.Instant at(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToExactIntegral()) {
            throw new IllegalStateException("No instant in " + field);
        }
        return instant(value.longValue());
    }
}
