package com.atlassian.scheduler.config;

import java.util.TimeZone;

// Checked against: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html (1.6.0, @Immutable @PublicApi final class: static forCronExpression(String cronExpression, TimeZone timeZone))
public final class Schedule {
    private Schedule() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
