package com.atlassian.scheduler;

// Checked against: https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html (2.0.0, @PublicSpi; "Plugins should register the JobRunner ... at startup/plugin enabled, and unregister the JobRunner when the plugin is disabled"; a null response counts as success)
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
