package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A participant's latest alignment: one row per issue and user, updated in place when they align again.
 * {@code SEQ_NO} keeps the record's order of alignments.
 */
@Table(AlignmentEntity.TABLE)
public interface AlignmentEntity extends Entity {
    String TABLE = "ALIGNMENT";

    String ISSUE_ID = "ISSUE_ID";
    String SEQ_NO = "SEQ_NO";
    String USER_KEY = "USER_KEY";
    String STATE = "STATE";
    String COMMENT_TEXT = "COMMENT_TEXT";
    String PROPOSED_DATE = "PROPOSED_DATE";
    String REVISION_NO = "REVISION_NO";
    String ALIGNED_AT = "ALIGNED_AT";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    int getSeqNo();

    void setSeqNo(int position);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getState();

    void setState(String state);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String comment);

    String getProposedDate();

    void setProposedDate(String isoDate);

    @NotNull
    int getRevisionNo();

    void setRevisionNo(int revision);

    @NotNull
    long getAlignedAt();

    void setAlignedAt(long epochNanos);
}
