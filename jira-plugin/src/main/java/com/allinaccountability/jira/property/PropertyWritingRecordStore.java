package com.allinaccountability.jira.property;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.port.ForwardingRecordStore;
import com.allinaccountability.core.port.RecordStore;
import java.util.List;
import java.util.Optional;

/**
 * The record store the Jira plugin gives the core: the real store, plus the JQL property refreshed after every saved
 * change ({@link PropertyRefresher}: the same assessment the panel shows). A failure to write the property never undoes
 * or fails the save (the record is already committed); it is logged and the next change writes the property again.
 */
public final class PropertyWritingRecordStore extends ForwardingRecordStore {
    private final PropertyRefresher refresher;

    public PropertyWritingRecordStore(RecordStore store, PropertyRefresher refresher) {
        super(store);
        this.refresher = refresher;
    }

    /**
     * Saves, then writes the property if the save changed it: the property the record had before (its stored version
     * {@code record.version()}, read first: one query) and the one it has now are derived from the same issue facts at
     * the same instant, and only a difference is written. Each property write reindexes the issue in Jira, which costs
     * far more than the read. A first save, or one whose base could not be read, writes.
     */
    @Override
    public SaveResult save(AccountabilityRecord record, List<HistoryEvent> events) {
        Optional<AccountabilityRecord> before = record.version() == 0 ? Optional.empty()
                : delegate().load(record.issueId()).filter(stored -> stored.version() == record.version());
        SaveResult result = delegate().save(record, events);
        if (result instanceof SaveResult.Saved saved) {
            refresher.refreshChange(before, saved.record());
        }
        return result;
    }

    /** Inserted first versions get their property as first saves do. */
    @Override
    public void insertFirstVersions(List<FirstVersion> records) {
        delegate().insertFirstVersions(records);
        records.forEach(first -> refresher.refreshChange(Optional.empty(), first.record()));
    }
}
