package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project's accountability policy; its rules and issue types are rows of their own tables, and the row also holds
 * them as one text (see {@code PolicySnapshot}) so that a gate check reads the policy with one query.
 */
@Table(PolicyEntity.TABLE)
public interface PolicyEntity extends Entity {
    String TABLE = "POLICY";

    String PROJECT_ID = "PROJECT_ID";
    String VERSION = "VERSION";
    String OWNER_IS_ASSIGNEE = "OWNER_IS_ASSIGNEE";
    String CADENCE_DAYS = "CADENCE_DAYS";
    String SNAPSHOT = "SNAPSHOT";
    String SNAPSHOT_VERSION = "SNAPSHOT_VERSION";

    @NotNull
    @Unique
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @NotNull
    boolean isOwnerIsAssignee();

    void setOwnerIsAssignee(boolean ownerMustBeAssignee);

    @NotNull
    int getCadenceDays();

    void setCadenceDays(int checkinCadenceDays);

    /**
     * The {@link #getVersion()} the snapshot was written for; {@code NULL} on rows written before policy snapshots.
     * A snapshot whose version is not the row's (left by a writer that does not know snapshots) is not read.
     */
    Long getSnapshotVersion();

    void setSnapshotVersion(Long version);

    /** The policy's rules and issue types as one text, written with their rows; the rows stay the truth. */
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();

    void setSnapshot(String snapshot);
}
