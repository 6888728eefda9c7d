package com.allinaccountability.ao;

import com.allinaccountability.ao.entity.AlignmentEntity;
import com.allinaccountability.ao.entity.CheckInEntity;
import com.allinaccountability.ao.entity.HistoryEntity;
import com.allinaccountability.ao.entity.OwnershipEntity;
import com.allinaccountability.ao.entity.PolicyEntity;
import com.allinaccountability.ao.entity.PolicyIssueTypeEntity;
import com.allinaccountability.ao.entity.PolicyRuleEntity;
import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.RevisionEntity;

/**
 * The columns each read selects, named once. The read path streams rows with an explicit column list
 * ({@link AoSession#stream}) instead of {@code find}: AO's {@code find} works out every value column of the entity
 * by reflection and name conversion on every call and builds a caching, writable proxy per row, which was most of the
 * CPU time of a panel read. A column missing here reads as {@code null} (or 0), which the round-trip tests of the
 * contract would catch.
 */
final class Selects {

    static final String RECORD = String.join(",", RecordEntity.ISSUE_ID, RecordEntity.PROJECT_ID,
            RecordEntity.VERSION, RecordEntity.CONTROL_LEVERS, RecordEntity.CONTROL_SUPPORT,
            RecordEntity.CONTROL_RATING, RecordEntity.CONTROL_BY, RecordEntity.CONTROL_AT, RecordEntity.RETRO_RESULT,
            RecordEntity.RETRO_EVIDENCE, RecordEntity.RETRO_WENT_WELL, RecordEntity.RETRO_TO_IMPROVE,
            RecordEntity.RETRO_LESSONS, RecordEntity.RETRO_NEXT, RecordEntity.RETRO_AUTHOR, RecordEntity.RETRO_AT,
            RecordEntity.RETRO_REVISION, RecordEntity.VERIFIER, RecordEntity.VERIFY_AGREES, RecordEntity.VERIFY_NOTE,
            RecordEntity.VERIFIED_AT);

    /** What a read of a record selects first: enough to answer from the snapshot alone. */
    static final String RECORD_SNAPSHOT = String.join(",", RecordEntity.ISSUE_ID, RecordEntity.PROJECT_ID,
            RecordEntity.VERSION, RecordEntity.SNAPSHOT_FORMAT, RecordEntity.SNAPSHOT_VERSION, RecordEntity.SNAPSHOT);

    static final String RECORD_VERSION = RecordEntity.VERSION;

    /**
     * The order of a project's records, page by page. The project column is constant in such a query, but naming it
     * lets H2 read the {@code (PROJECT_ID, ISSUE_ID)} index in order; ordered by {@code ISSUE_ID} alone, H2 read and
     * sorted every remaining record of the project for each page (a report over 100,000 issues took 30 s).
     */
    static final String IN_PROJECT_ORDER = RecordEntity.PROJECT_ID + " ASC, " + RecordEntity.ISSUE_ID + " ASC";

    static final String REVISION = String.join(",", RevisionEntity.ISSUE_ID, RevisionEntity.REVISION_NO,
            RevisionEntity.OUTCOME, RevisionEntity.WHY, RevisionEntity.TARGET_DATE, RevisionEntity.GOAL_LINK,
            RevisionEntity.SET_BY, RevisionEntity.SET_AT);

    static final String ALIGNMENT = String.join(",", AlignmentEntity.ISSUE_ID, AlignmentEntity.SEQ_NO,
            AlignmentEntity.USER_KEY, AlignmentEntity.STATE, AlignmentEntity.COMMENT_TEXT,
            AlignmentEntity.PROPOSED_DATE, AlignmentEntity.REVISION_NO, AlignmentEntity.ALIGNED_AT);

    static final String OWNERSHIP = String.join(",", OwnershipEntity.ISSUE_ID, OwnershipEntity.SEQ_NO,
            OwnershipEntity.USER_KEY, OwnershipEntity.ROLE_NAME, OwnershipEntity.STATEMENT,
            OwnershipEntity.DECLARED_AT, OwnershipEntity.WITHDRAWN_AT, OwnershipEntity.WITHDRAW_REASON);

    static final String CHECKIN = String.join(",", CheckInEntity.ISSUE_ID, CheckInEntity.USER_KEY,
            CheckInEntity.STATUS, CheckInEntity.NOTE, CheckInEntity.FORECAST_DATE, CheckInEntity.CHECKED_AT);

    static final String HISTORY = String.join(",", HistoryEntity.ISSUE_ID, HistoryEntity.CHANGED_AT,
            HistoryEntity.USER_KEY, HistoryEntity.FIELD_NAME, HistoryEntity.OLD_VALUE, HistoryEntity.NEW_VALUE);

    static final String POLICY = String.join(",", PolicyEntity.PROJECT_ID, PolicyEntity.VERSION,
            PolicyEntity.OWNER_IS_ASSIGNEE, PolicyEntity.CADENCE_DAYS);

    static final String POLICY_CADENCE = String.join(",", PolicyEntity.PROJECT_ID, PolicyEntity.CADENCE_DAYS);

    static final String POLICY_RULE = String.join(",", PolicyRuleEntity.PROJECT_ID, PolicyRuleEntity.SEQ_NO,
            PolicyRuleEntity.TO_CATEGORY, PolicyRuleEntity.REQUIREMENTS);

    static final String POLICY_TYPE = String.join(",", PolicyIssueTypeEntity.PROJECT_ID,
            PolicyIssueTypeEntity.ISSUE_TYPE);

    private Selects() {
    }
}
