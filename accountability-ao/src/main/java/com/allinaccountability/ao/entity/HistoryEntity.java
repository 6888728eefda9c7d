package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One append-only history event. Newest first means highest {@code ID} first (the order events were written), so the
 * index on {@code (ISSUE_ID, ID)} serves a history page without sorting the issue's whole history.
 */
@Table(HistoryEntity.TABLE)
@Indexes(@Index(name = "ISSUE_NEWEST", methodNames = {"getIssueId", "getID"}))
public interface HistoryEntity extends Entity {
    String TABLE = "HISTORY";

    String ID = "ID";
    String ISSUE_ID = "ISSUE_ID";
    String CHANGED_AT = "CHANGED_AT";
    String USER_KEY = "USER_KEY";
    String FIELD_NAME = "FIELD_NAME";
    String OLD_VALUE = "OLD_VALUE";
    String NEW_VALUE = "NEW_VALUE";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getChangedAt();

    void setChangedAt(long epochNanos);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    String getFieldName();

    void setFieldName(String field);

    @StringLength(StringLength.UNLIMITED)
    String getOldValue();

    void setOldValue(String from);

    @StringLength(StringLength.UNLIMITED)
    String getNewValue();

    void setNewValue(String to);
}
