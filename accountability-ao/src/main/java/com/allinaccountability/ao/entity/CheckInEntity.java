package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One check-in; append only, read back in the order written (by {@code ID}). */
@Table(CheckInEntity.TABLE)
public interface CheckInEntity extends Entity {
    String TABLE = "CHECKIN";

    String ISSUE_ID = "ISSUE_ID";
    String USER_KEY = "USER_KEY";
    String STATUS = "STATUS";
    String NOTE = "NOTE";
    String FORECAST_DATE = "FORECAST_DATE";
    String CHECKED_AT = "CHECKED_AT";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getStatus();

    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    String getForecastDate();

    void setForecastDate(String isoDate);

    @NotNull
    long getCheckedAt();

    void setCheckedAt(long epochNanos);
}
