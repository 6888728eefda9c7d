package com.allinaccountability.jira.property;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.rules.Assessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives the {@value AccountabilityProperty#KEY} issue property from a record and the issue's current facts with the
 * same {@link Assessor} the panel uses (so JQL and the panel agree), and writes it. Called after each of our saves and
 * after Jira's own changes to an issue (resolution, assignee, due date, status), which change the stage and health
 * flags without touching the record. Never throws: a failed refresh is logged and the next change writes again.
 */
public class PropertyRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(PropertyRefresher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Records per page of a refresh over all records (and issues per {@link Issues#byIds} call). */
    static final int PAGE = 500;

    private final RecordStore store;
    private final Issues issues;
    private final AccountabilityPropertyWriter writer;
    private final Clock clock;
    private final Assessor assessor;

    /** @param store the plain store (reads the project's check-in cadence), not the property-writing one */
    public PropertyRefresher(RecordStore store, Issues issues, AccountabilityPropertyWriter writer, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.writer = writer;
        this.clock = clock;
        this.assessor = new Assessor(clock.getZone());
    }

    /**
     * Rewrites the property of every issue whose stage or health flags changed between {@code since} and {@code now}
     * by time alone (a target date passing: OVERDUE; a check-in cadence running out: STALE_CHECKIN), which no Jira
     * event marks. Reads every record a page at a time ({@link RecordStore#forEachRecord}), asks for the issues of a
     * page in one {@link Issues#byIds} call (Jira's adapter answers it issue by issue) and for each project's cadence
     * once, and writes only the properties that change: each write reindexes its issue. One issue's failure (a write
     * Jira refuses, or an exception) is logged and counted, and the run goes on with the next.
     */
    public Refresh refreshWhatTimeChanged(Instant since, Instant now) {
        Map<Long, Integer> cadences = new HashMap<>();
        List<AccountabilityRecord> page = new ArrayList<>(PAGE);
        Refresh[] total = {new Refresh(0, 0)};
        store.forEachRecord(record -> {
            page.add(record);
            if (page.size() == PAGE) {
                total[0] = total[0].plus(refreshWhatTimeChanged(page, cadences, since, now));
                page.clear();
            }
        });
        return total[0].plus(refreshWhatTimeChanged(page, cadences, since, now));
    }

    private Refresh refreshWhatTimeChanged(List<AccountabilityRecord> page, Map<Long, Integer> cadences,
            Instant since, Instant now) {
        if (page.isEmpty()) {
            return new Refresh(0, 0);
        }
        Map<Long, IssueFacts> facts = issues.byIds(page.stream().map(AccountabilityRecord::issueId).toList());
        int written = 0;
        int failed = 0;
        for (AccountabilityRecord record : page) {
            IssueFacts issue = facts.get(record.issueId());
            if (issue == null) {
                continue;   // deleted meanwhile: the deletion listener removes its record
            }
            try {
                // The issue's project now (a moved issue's record may still name the old one).
                int cadence = cadences.computeIfAbsent(issue.projectId(), store::checkinCadenceDays);
                Assessment before = assessor.assess(record, issue, cadence, since);
                Assessment after = assessor.assess(record, issue, cadence, now);
                if (before.stage() == after.stage() && before.health().equals(after.health())) {
                    continue;
                }
                if (writer.write(record.issueId(), AccountabilityProperty.of(record, after))) {
                    written++;
                } else {
                    failed++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Could not refresh the accountability property of issue {}; the next run tries again",
                        record.issueId(), e);
            }
        }
        return new Refresh(written, failed);
    }

    /** What a refresh over all records did: properties written, and properties that should have been but were not. */
    public record Refresh(int written, int failed) {
        Refresh plus(Refresh other) {
            return new Refresh(written + other.written, failed + other.failed);
        }
    }

    /** Whether the property event now being handled is the echo of the app's own write on this thread. */
    public boolean isOwnWrite() {
        return writer.isWritingOnThisThread();
    }

    /**
     * After someone else set or deleted the property ({@code stored} is what Jira holds now, empty when deleted):
     * writes ours back unless the stored value is already what we would write (our own writes fire the same event,
     * so comparing is what ends the exchange). Returns whether it wrote.
     */
    public boolean restore(AccountabilityRecord record, Optional<String> stored) {
        if (writer.isWritingOnThisThread()) {
            return false; // the echo of our own write, published while we write
        }
        try {
            Optional<AccountabilityProperty> expected = expected(record);
            if (expected.isEmpty() || stored.isPresent() && sameJson(stored.get(), expected.get().toJson())) {
                return false;
            }
            LOG.warn("The accountability property of issue {} was {} outside the app; writing the app's value back",
                    record.issueId(), stored.isPresent() ? "changed" : "deleted");
            return writer.write(record.issueId(), expected.get());
        } catch (RuntimeException e) {
            LOG.warn("Could not restore the accountability property of issue {}", record.issueId(), e);
            return false;
        }
    }

    private Optional<AccountabilityProperty> expected(AccountabilityRecord record) {
        return issues.byId(record.issueId()).map(facts -> AccountabilityProperty.of(record, assessor.assess(record,
                facts, store.checkinCadenceDays(facts.projectId()), clock.instant())));
    }

    /** Equal as JSON (Jira may store a value re-serialised); anything unreadable is not ours. */
    static boolean sameJson(String stored, String ours) {
        try {
            JsonNode storedJson = JSON.readTree(stored);
            return storedJson != null && storedJson.equals(JSON.readTree(ours));
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * After a save from {@code before} (empty: none known) to {@code after}: writes the property of {@code after} unless
     * {@code before} gives the same property, both derived from the issue as it is now. The values Jira indexes (stage,
     * owner, result, health) then did not change with the save, and the property stays what the writes before it made
     * it. Returns whether it wrote. Never throws.
     */
    public boolean refreshChange(Optional<AccountabilityRecord> before, AccountabilityRecord after) {
        try {
            Optional<IssueFacts> facts = issues.byId(after.issueId());
            if (facts.isEmpty()) {
                return false;
            }
            int cadence = store.checkinCadenceDays(facts.get().projectId());
            Instant now = clock.instant();
            AccountabilityProperty property = AccountabilityProperty.of(after,
                    assessor.assess(after, facts.get(), cadence, now));
            if (before.isPresent() && property.equals(AccountabilityProperty.of(before.get(),
                    assessor.assess(before.get(), facts.get(), cadence, now)))) {
                return false;
            }
            return writer.write(after.issueId(), property);
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the accountability property of issue {}; JQL shows the previous value until "
                    + "the next change", after.issueId(), e);
            return false;
        }
    }

    /** Rewrites the property of the record's issue from the issue as it is now. */
    public void refresh(AccountabilityRecord record) {
        try {
            Optional<IssueFacts> facts = issues.byId(record.issueId());
            if (facts.isEmpty()) {
                return;
            }
            int cadence = store.checkinCadenceDays(facts.get().projectId());
            Assessment assessment = assessor.assess(record, facts.get(), cadence, clock.instant());
            writer.write(record.issueId(), AccountabilityProperty.of(record, assessment));
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the accountability property of issue {}; JQL shows the previous value until "
                    + "the next change", record.issueId(), e);
        }
    }
}
