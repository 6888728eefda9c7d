package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One step of one issue that waits for one person: the core's {@code WaitingStep}, kept by {@code AoWaitingIndex}.
 *
 * <p>Besides the step's own values it holds two columns for the database's sake: {@code DEADLINE_DAY}, the step's
 * deadline as an epoch day ({@link #NO_DEADLINE} when it has none), and {@code ACTION_RANK}, the action's position in
 * the core's enum, so that {@code ORDER BY DEADLINE_DAY, SINCE, ISSUE_ID, ACTION_RANK} is exactly
 * {@code WaitingStep.BY_URGENCY}. (Should the enum's order ever change, stored ranks are right again once each issue is
 * rewritten, which the digest run's reconciliation does.) The index {@code USER_URGENCY} on {@code USER_KEY} and those four columns
 * serves a person's list, its count and their projects, and the digest's walk over all users, in that order without a
 * sort. The
 * index {@code PROJECT_USER} serves the removal of a project, and is no worse a choice for a person's list in
 * some projects (it too reaches only that person's rows), so no plan depends on statistics to pick the right one.
 * {@code STEP_KEY} ({@code "<issueId>:<action>:<userKey>"}, unique; AO 3.2.3's {@code @Unique} covers one
 * column) keeps an issue from holding the same step twice whatever concurrent writers do.
 */
@Table(WaitingEntity.TABLE)
@Indexes({
    @Index(name = "USER_URGENCY",
            methodNames = {"getUserKey", "getDeadlineDay", "getSince", "getIssueId", "getActionRank"}),
    @Index(name = "PROJECT_USER", methodNames = {"getProjectId", "getUserKey"})
})
public interface WaitingEntity extends Entity {
    String TABLE = "WAITING";

    /** {@code DEADLINE_DAY} of a step without a deadline: {@code LocalDate.MAX}'s epoch day, after every date. */
    long NO_DEADLINE = java.time.LocalDate.MAX.toEpochDay();

    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String USER_KEY = "USER_KEY";
    String ACTION = "ACTION";
    String ACTION_RANK = "ACTION_RANK";
    String SINCE = "SINCE";
    String DEADLINE_DAY = "DEADLINE_DAY";
    String AGREED_DATE = "AGREED_DATE";
    String TARGET_DATE = "TARGET_DATE";
    String DUE_DATE = "DUE_DATE";
    String STEP_KEY = "STEP_KEY";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getAction();

    void setAction(String action);

    @NotNull
    int getActionRank();

    void setActionRank(int ordinal);

    @NotNull
    long getSince();

    void setSince(long epochNanos);

    @NotNull
    long getDeadlineDay();

    void setDeadlineDay(long epochDay);

    String getAgreedDate();

    void setAgreedDate(String isoDate);

    String getTargetDate();

    void setTargetDate(String isoDate);

    String getDueDate();

    void setDueDate(String isoDate);

    @NotNull
    @Unique
    String getStepKey();

    void setStepKey(String issueActionUser);
}
