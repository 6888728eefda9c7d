package com.atlassian.scheduler;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html (1.6.0, "SchedulerServiceException: Indicates a problem interacting with the SchedulerService"; checked, thrown by scheduleJob)
// Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so tests can throw and assert it.
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
