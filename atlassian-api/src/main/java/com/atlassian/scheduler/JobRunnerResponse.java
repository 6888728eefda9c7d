package com.atlassian.scheduler;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html (1.6.0: static success(), success(String), failed(String), failed(Throwable), aborted(String))
public final class JobRunnerResponse {
    private JobRunnerResponse() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
