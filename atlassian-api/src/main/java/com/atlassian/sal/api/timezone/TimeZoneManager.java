package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

// Checked against: https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/sal/bamboo/timezone/BambooTimeZoneManager.html (implementer, 2024: getUserTimeZone(), getDefaultTimeZone(), @NotNull getUserTimeZone(UserKey))
// Jira's own implementation of this SAL interface was not seen; Jira ships SAL, so the service is assumed to be there.
public interface TimeZoneManager {
    TimeZone getUserTimeZone(UserKey user);

    TimeZone getDefaultTimeZone();
}
