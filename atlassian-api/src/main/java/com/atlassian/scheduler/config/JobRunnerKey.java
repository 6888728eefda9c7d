package com.atlassian.scheduler.config;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/package-summary.html (1.6.0, class "JobRunnerKey: A wrapper to distinguish job runner keys from simple strings")
// Checked against: https://github.com/ (plugin source copies calling com.atlassian.scheduler.config.JobRunnerKey.of(String), search-index file ids 14662820463, 25598095414, 21115328075)
public final class JobRunnerKey {
    private JobRunnerKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
