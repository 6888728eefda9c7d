package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Empty outside transactions: {@code AoWaitingIndex.replace} inserts one row per issue it rewrites first and deletes
 * them last, in the same transaction. The unique {@code ISSUE_ID} makes a second writer of the same issue wait until
 * the first commits, so its delete then sees the first one's rows: of two concurrent rewrites of an issue the last to
 * commit is what stays, never a mix of both. This relies on each statement seeing what committed before it, as at
 * {@code READ COMMITTED}, the isolation Jira and the sandbox run at.
 */
@Table(WaitingLockEntity.TABLE)
public interface WaitingLockEntity extends Entity {
    String TABLE = "WAITING_LOCK";

    String ISSUE_ID = "ISSUE_ID";

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);
}
