package com.atlassian.scheduler.config;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html (1.6.0, @PublicApi enum: RUN_ONCE_PER_CLUSTER, RUN_LOCALLY)
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
