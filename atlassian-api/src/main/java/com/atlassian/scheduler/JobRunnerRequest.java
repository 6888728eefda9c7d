package com.atlassian.scheduler;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html (1.6.0, interface: "Represents a request to run a job"); no member is declared: the plugin reads nothing from it
public interface JobRunnerRequest {
}
