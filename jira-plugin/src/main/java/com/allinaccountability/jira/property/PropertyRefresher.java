package com.allinaccountability.jira.property;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.rules.Assessor;
import java.time.Clock;
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

    /** Rewrites the property of the record's issue from the issue as it is now. */
    public void refresh(AccountabilityRecord record) {
        try {
            Optional<IssueFacts> facts = issues.byId(record.issueId());
            if (facts.isEmpty()) {
                return;
            }
            int cadence = store.checkinCadenceDays(record.projectId());
            Assessment assessment = assessor.assess(record, facts.get(), cadence, clock.instant());
            writer.write(record.issueId(), AccountabilityProperty.of(record, assessment));
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the accountability property of issue {}; JQL shows the previous value until "
                    + "the next change", record.issueId(), e);
        }
    }
}
