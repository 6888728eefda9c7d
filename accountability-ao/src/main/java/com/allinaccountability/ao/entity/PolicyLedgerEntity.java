package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The change ledger of project policies, the same device as {@link RecordLedgerEntity}: a save inserts
 * {@code PROJECT_VERSION = "<projectId>:<newVersion>"}, unique, so one of two concurrent savers wins.
 */
@Table(PolicyLedgerEntity.TABLE)
public interface PolicyLedgerEntity extends Entity {
    String TABLE = "POLICY_LEDGER";

    String PROJECT_ID = "PROJECT_ID";
    String VERSION = "VERSION";
    String PROJECT_VERSION = "PROJECT_VERSION";

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @NotNull
    @Unique
    String getProjectVersion();

    void setProjectVersion(String projectAndVersion);
}
