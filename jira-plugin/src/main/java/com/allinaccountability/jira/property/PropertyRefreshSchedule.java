package com.allinaccountability.jira.property;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Registers {@link PropertyRefreshJob} with Jira's scheduler when the plugin starts (Spring {@code init-method}) and
 * unregisters it when the plugin stops ({@code destroy-method}), as the scheduler's documentation asks of plugins.
 * The job runs once per cluster, daily, first at {@link #FIRST_RUN_AT} server time, when the day's date has just
 * changed. Scheduling again under the same job id on every start replaces the stored job rather than adding one.
 */
public class PropertyRefreshSchedule {
    static final String RUNNER_KEY = "com.allinaccountability.jira:property-refresh";
    static final String JOB_ID = "com.allinaccountability.jira:property-refresh-daily";
    /** Just after midnight: date-based flags (OVERDUE, STALE_CHECKIN) change when the date does. */
    static final LocalTime FIRST_RUN_AT = LocalTime.of(0, 10);

    private final SchedulerService schedulerService;
    private final PropertyRefreshJob job;
    private final Clock clock;

    public PropertyRefreshSchedule(SchedulerService schedulerService, PropertyRefreshJob job, Clock clock) {
        this.schedulerService = schedulerService;
        this.job = job;
        this.clock = clock;
    }

    public void start() throws SchedulerServiceException {
        JobRunnerKey runner = JobRunnerKey.of(RUNNER_KEY);
        schedulerService.registerJobRunner(runner, job);
        schedulerService.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(runner)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(PropertyRefreshJob.INTERVAL.toMillis(),
                        Date.from(firstRun(clock).toInstant()))));
    }

    public void stop() {
        schedulerService.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    /** The next {@link #FIRST_RUN_AT} in the clock's zone, today's if it is still ahead. */
    static ZonedDateTime firstRun(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(FIRST_RUN_AT).withSecond(0).withNano(0);
        return today.isAfter(now) ? today : today.plusDays(1);
    }
}
