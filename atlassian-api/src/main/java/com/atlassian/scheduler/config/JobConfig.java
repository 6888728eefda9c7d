package com.atlassian.scheduler.config;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html (1.6.0, @Immutable @PublicApi final class: static forJobRunnerKey(JobRunnerKey), withSchedule(Schedule), withRunMode(RunMode))
public final class JobConfig {
    private JobConfig() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
