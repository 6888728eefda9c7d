package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A project's accountability policy; its rules and issue types are rows of their own tables. */
@Table(PolicyEntity.TABLE)
public interface PolicyEntity extends Entity {
    String TABLE = "POLICY";

    String PROJECT_ID = "PROJECT_ID";
    String VERSION = "VERSION";
    String OWNER_IS_ASSIGNEE = "OWNER_IS_ASSIGNEE";
    String CADENCE_DAYS = "CADENCE_DAYS";

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
}
