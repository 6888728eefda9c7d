package com.allinaccountability.jira.property;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.rules.Assessor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record store the Jira plugin gives the core: the real store, plus the JQL property refreshed after every saved
 * change. The property is derived with the same {@link Assessor} the panel uses, so JQL and the panel agree. A failure
 * to write the property never undoes or fails the save (the record is already committed); it is logged and the next
 * change writes the property again.
 */
public final class PropertyWritingRecordStore implements RecordStore {
    private static final Logger LOG = LoggerFactory.getLogger(PropertyWritingRecordStore.class);

    private final RecordStore store;
    private final Issues issues;
    private final AccountabilityPropertyWriter writer;
    private final Clock clock;
    private final Assessor assessor;

    public PropertyWritingRecordStore(RecordStore store, Issues issues, AccountabilityPropertyWriter writer,
            Clock clock) {
        this.store = store;
        this.issues = issues;
        this.writer = writer;
        this.clock = clock;
        this.assessor = new Assessor(clock.getZone());
    }

    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        SaveResult result = store.save(record, events);
        if (result instanceof SaveResult.Saved saved) {
            refreshProperty(saved.record());
        }
        return result;
    }

    private void refreshProperty(AccountabilityRecord record) {
        try {
            Optional<IssueFacts> facts = issues.byId(record.issueId());
            if (facts.isEmpty()) {
                return;
            }
            int cadence = store.policy(record.projectId()).checkinCadenceDays();
            Assessment assessment = assessor.assess(record, facts.get(), cadence, clock.instant());
            writer.write(record.issueId(), AccountabilityProperty.of(record, assessment));
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the accountability property of issue {}; JQL shows the previous value until "
                    + "the next change", record.issueId(), e);
        }
    }

    @Override
    public Optional<AccountabilityRecord> load(long issueId) {
        return store.load(issueId);
    }

    @Override
    public List<HistoryEvent> history(long issueId, int startAt, int maxResults) {
        return store.history(issueId, startAt, maxResults);
    }

    @Override
    public int historySize(long issueId) {
        return store.historySize(issueId);
    }

    @Override
    public ProjectPolicy policy(long projectId) {
        return store.policy(projectId);
    }

    @Override
    public PolicySaveResult savePolicy(ProjectPolicy policy) {
        return store.savePolicy(policy);
    }

    @Override
    public void forEachInProject(long projectId, Consumer<AccountabilityRecord> consumer) {
        store.forEachInProject(projectId, consumer);
    }

    @Override
    public void deleteIssue(long issueId) {
        store.deleteIssue(issueId);
    }

    @Override
    public void deleteProject(long projectId) {
        store.deleteProject(projectId);
    }
}
