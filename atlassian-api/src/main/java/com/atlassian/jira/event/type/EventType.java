package com.atlassian.jira.event.type;

// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (7.0.8, @PublicApi; static Long ids)
// Checked against: https://github.com/ (Jira source copy of EventType.java, search-index file id 17360369848: ISSUE_DELETED_ID = 8L)
public class EventType {
    // Long object constants (not compile-time constants, so not inlined); values as in Jira's source.
    public static final Long ISSUE_CREATED_ID = Long.valueOf(1L);
    public static final Long ISSUE_DELETED_ID = Long.valueOf(8L);

    private EventType() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
