package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One rule of a project policy: entering {@code TO_CATEGORY} requires {@code REQUIREMENTS}, the requirement names
 * joined by commas (enum names never contain one).
 */
@Table(PolicyRuleEntity.TABLE)
public interface PolicyRuleEntity extends Entity {
    String TABLE = "POLICY_RULE";

    String PROJECT_ID = "PROJECT_ID";
    String SEQ_NO = "SEQ_NO";
    String TO_CATEGORY = "TO_CATEGORY";
    String REQUIREMENTS = "REQUIREMENTS";

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    int getSeqNo();

    void setSeqNo(int position);

    @NotNull
    String getToCategory();

    void setToCategory(String statusCategory);

    @StringLength(StringLength.UNLIMITED)
    String getRequirements();

    void setRequirements(String commaSeparatedNames);
}
