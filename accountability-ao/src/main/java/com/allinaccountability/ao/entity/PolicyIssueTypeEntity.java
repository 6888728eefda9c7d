package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One issue type a project policy applies to; a policy without any applies to all types. */
@Table(PolicyIssueTypeEntity.TABLE)
public interface PolicyIssueTypeEntity extends Entity {
    String TABLE = "POLICY_TYPE";

    String PROJECT_ID = "PROJECT_ID";
    String ISSUE_TYPE = "ISSUE_TYPE";

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    String getIssueType();

    void setIssueType(String issueType);
}
