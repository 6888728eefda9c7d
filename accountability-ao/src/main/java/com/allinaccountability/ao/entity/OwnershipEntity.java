package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One ownership declaration, identified by issue, user, role and the time it was declared. A withdrawal sets
 * {@code WITHDRAWN_AT} and the reason; the row stays. {@code SEQ_NO} keeps the order the declarations were made in.
 */
@Table(OwnershipEntity.TABLE)
public interface OwnershipEntity extends Entity {
    String TABLE = "OWNERSHIP";

    String ISSUE_ID = "ISSUE_ID";
    String SEQ_NO = "SEQ_NO";
    String USER_KEY = "USER_KEY";
    String ROLE_NAME = "ROLE_NAME";
    String STATEMENT = "STATEMENT";
    String DECLARED_AT = "DECLARED_AT";
    String WITHDRAWN_AT = "WITHDRAWN_AT";
    String WITHDRAW_REASON = "WITHDRAW_REASON";

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
    String getRoleName();

    void setRoleName(String role);

    @StringLength(StringLength.UNLIMITED)
    String getStatement();

    void setStatement(String statement);

    @NotNull
    long getDeclaredAt();

    void setDeclaredAt(long epochNanos);

    Long getWithdrawnAt();

    void setWithdrawnAt(Long epochNanos);

    @StringLength(StringLength.UNLIMITED)
    String getWithdrawReason();

    void setWithdrawReason(String reason);
}
