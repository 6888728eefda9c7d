package com.atlassian.jira.event.type;

// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (7.0.8, @PublicApi; static Long ids)
// Checked against: https://github.com/ (Jira source copy of EventType.java, search-index file id 17360369848: ISSUE_DELETED_ID = 8L)
public class EventType {
    // Long object constants (not compile-time constants, so not inlined); values as in Jira's source.
    public static final Long ISSUE_CREATED_ID = Long.valueOf(1L);
    public static final Long ISSUE_UPDATED_ID = Long.valueOf(2L);
    public static final Long ISSUE_ASSIGNED_ID = Long.valueOf(3L);
    public static final Long ISSUE_RESOLVED_ID = Long.valueOf(4L);
    public static final Long ISSUE_CLOSED_ID = Long.valueOf(5L);
    public static final Long ISSUE_REOPENED_ID = Long.valueOf(7L);
    public static final Long ISSUE_DELETED_ID = Long.valueOf(8L);
    public static final Long ISSUE_MOVED_ID = Long.valueOf(9L);
    public static final Long ISSUE_WORKSTARTED_ID = Long.valueOf(11L);
    public static final Long ISSUE_WORKSTOPPED_ID = Long.valueOf(12L);
    public static final Long ISSUE_GENERICEVENT_ID = Long.valueOf(13L);

    private EventType() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
