package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per issue that has an accountability record: its version and the single-valued steps (control,
 * retrospective, verification). A step is absent while its "by" column is {@code NULL}.
 *
 * <p>The row also holds a snapshot of the whole record (see {@code RecordSnapshot}), so that the panel and a gate
 * check read one row.
 *
 * <p>{@code ISSUE_ID} is unique, so two concurrent first writes can never leave two rows for one issue. Reports page
 * through a project by {@code (PROJECT_ID, ISSUE_ID)}, hence the composite index.
 */
@Table(RecordEntity.TABLE)
@Indexes(@Index(name = "PROJ_ISSUE", methodNames = {"getProjectId", "getIssueId"}))
public interface RecordEntity extends Entity {
    String TABLE = "RECORD";

    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String VERSION = "VERSION";
    String CONTROL_LEVERS = "CONTROL_LEVERS";
    String CONTROL_SUPPORT = "CONTROL_SUPPORT";
    String CONTROL_RATING = "CONTROL_RATING";
    String CONTROL_BY = "CONTROL_BY";
    String CONTROL_AT = "CONTROL_AT";
    String RETRO_RESULT = "RETRO_RESULT";
    String RETRO_EVIDENCE = "RETRO_EVIDENCE";
    String RETRO_WENT_WELL = "RETRO_WENT_WELL";
    String RETRO_TO_IMPROVE = "RETRO_TO_IMPROVE";
    String RETRO_LESSONS = "RETRO_LESSONS";
    String RETRO_NEXT = "RETRO_NEXT";
    String RETRO_AUTHOR = "RETRO_AUTHOR";
    String RETRO_AT = "RETRO_AT";
    String RETRO_REVISION = "RETRO_REVISION";
    String VERIFIER = "VERIFIER";
    String VERIFY_AGREES = "VERIFY_AGREES";
    String VERIFY_NOTE = "VERIFY_NOTE";
    String VERIFIED_AT = "VERIFIED_AT";
    String SNAPSHOT_FORMAT = "SNAPSHOT_FORMAT";
    String SNAPSHOT = "SNAPSHOT";
    String SNAPSHOT_VERSION = "SNAPSHOT_VERSION";

    @NotNull
    @Unique
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /**
     * Not indexed on its own: the {@code (PROJECT_ID, ISSUE_ID)} index serves every lookup by project, in issue order.
     * A second index on this column alone cost every insert and let PostgreSQL, with statistics, read a whole small
     * project through it and sort it for each page of a report.
     */
    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @StringLength(StringLength.UNLIMITED)
    String getControlLevers();

    void setControlLevers(String levers);

    @StringLength(StringLength.UNLIMITED)
    String getControlSupport();

    void setControlSupport(String support);

    Integer getControlRating();

    void setControlRating(Integer rating);

    String getControlBy();

    void setControlBy(String userKey);

    Long getControlAt();

    void setControlAt(Long epochNanos);

    String getRetroResult();

    void setRetroResult(String result);

    @StringLength(StringLength.UNLIMITED)
    String getRetroEvidence();

    void setRetroEvidence(String evidence);

    @StringLength(StringLength.UNLIMITED)
    String getRetroWentWell();

    void setRetroWentWell(String wentWell);

    @StringLength(StringLength.UNLIMITED)
    String getRetroToImprove();

    void setRetroToImprove(String toImprove);

    @StringLength(StringLength.UNLIMITED)
    String getRetroLessons();

    void setRetroLessons(String lessons);

    @StringLength(StringLength.UNLIMITED)
    String getRetroNext();

    void setRetroNext(String nextCommitment);

    String getRetroAuthor();

    void setRetroAuthor(String userKey);

    Long getRetroAt();

    void setRetroAt(Long epochNanos);

    Integer getRetroRevision();

    void setRetroRevision(Integer judgedRevision);

    String getVerifier();

    void setVerifier(String userKey);

    Boolean getVerifyAgrees();

    void setVerifyAgrees(Boolean agrees);

    @StringLength(StringLength.UNLIMITED)
    String getVerifyNote();

    void setVerifyNote(String note);

    Long getVerifiedAt();

    void setVerifiedAt(Long epochNanos);

    /**
     * Which format {@link #getSnapshot()} is in; {@code NULL} on rows written before snapshots existed. Only a row
     * whose format the running code knows is read from its snapshot; any other is read from its child rows.
     */
    Integer getSnapshotFormat();

    void setSnapshotFormat(Integer format);

    /**
     * The record version the snapshot was written for. A snapshot is read only while this equals {@link
     * #getVersion()}: a writer that does not know snapshots (an older build of the plugin on another node, or after a
     * downgrade) moves the version and the child rows but leaves an old snapshot behind.
     */
    Long getSnapshotVersion();

    void setSnapshotVersion(Long version);

    /**
     * The whole record (steps, revisions, alignments, declarations, check-ins) as one JSON text, written with the
     * child rows in the same transaction, so that a read of the record is one query. The child rows stay the truth.
     */
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();

    void setSnapshot(String snapshot);
}
