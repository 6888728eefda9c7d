package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One expectation revision (step 1 and the why), a snapshot kept for good; identified by issue and revision number. */
@Table(RevisionEntity.TABLE)
public interface RevisionEntity extends Entity {
    String TABLE = "REVISION";

    String ISSUE_ID = "ISSUE_ID";
    String REVISION_NO = "REVISION_NO";
    String OUTCOME = "OUTCOME";
    String WHY = "WHY";
    String TARGET_DATE = "TARGET_DATE";
    String GOAL_LINK = "GOAL_LINK";
    String SET_BY = "SET_BY";
    String SET_AT = "SET_AT";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    int getRevisionNo();

    void setRevisionNo(int revision);

    @StringLength(StringLength.UNLIMITED)
    String getOutcome();

    void setOutcome(String outcome);

    @StringLength(StringLength.UNLIMITED)
    String getWhy();

    void setWhy(String why);

    @NotNull
    String getTargetDate();

    void setTargetDate(String isoDate);

    @StringLength(StringLength.UNLIMITED)
    String getGoalLink();

    void setGoalLink(String goalLink);

    @NotNull
    String getSetBy();

    void setSetBy(String userKey);

    @NotNull
    long getSetAt();

    void setSetAt(long epochNanos);
}
