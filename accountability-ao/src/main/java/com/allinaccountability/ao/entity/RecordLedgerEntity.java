package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The change ledger of records: every save first inserts the row {@code ISSUE_VERSION = "<issueId>:<newVersion>"}. The
 * unique constraint on that column is what makes optimistic concurrency hold under any isolation level: of two
 * writers that start from the same version, the database lets exactly one insert the next version's row. (AO 3.2.3's
 * {@code @Unique} covers one column only, hence the combined key.) Rows of older versions are pruned by the save that
 * supersedes them, so the table holds about one row per record.
 */
@Table(RecordLedgerEntity.TABLE)
public interface RecordLedgerEntity extends Entity {
    String TABLE = "RECORD_LEDGER";

    String ISSUE_ID = "ISSUE_ID";
    String VERSION = "VERSION";
    String ISSUE_VERSION = "ISSUE_VERSION";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @NotNull
    @Unique
    String getIssueVersion();

    void setIssueVersion(String issueAndVersion);
}
