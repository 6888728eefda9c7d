package com.atlassian.scheduler.config;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html (1.6.0, class "JobId: A wrapper to distinguish job IDs from simple strings")
// Checked against: https://github.com/ (plugin source copies calling com.atlassian.scheduler.config.JobId.of(String), search-index file ids 14662820463, 25598095414)
public final class JobId {
    private JobId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
