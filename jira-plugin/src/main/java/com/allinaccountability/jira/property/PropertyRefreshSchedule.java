package com.allinaccountability.jira.property;

import com.allinaccountability.jira.schedule.ClusterJob;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.Schedule;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * Registers {@link PropertyRefreshJob} with Jira's scheduler when the plugin starts (Spring {@code init-method}) and
 * unregisters it when the plugin stops ({@code destroy-method}), as the scheduler's documentation asks of plugins
 * (JobRunner: "register ... at plugin enabled, unregister ... when the plugin is disabled"). Scheduled jobs are
 * persisted by the scheduler and outlive the runner, so stopping also unschedules the job: a disabled or uninstalled
 * plugin leaves no job behind that would fail daily for want of a runner. The plugin has no uninstall hook of its own
 * (its context is destroyed before it is removed), so this happens on every stop, node shutdown included; the next
 * start on any node schedules it again. In a cluster, a node leaving for good takes the job with it until another
 * node's plugin starts; meanwhile each issue's next change still refreshes its property.
 * The job runs once per cluster every day at 00:10 in the server's zone (a cron schedule, so it stays just after
 * midnight across daylight-saving changes), when the date-based flags change. Scheduling under the same job id on
 * every start replaces the stored job rather than adding one. A scheduler that refuses the job costs the JQL
 * property's time-driven refresh only: the failure is logged and the plugin starts without it.
 */
public class PropertyRefreshSchedule {
    static final String RUNNER_KEY = "com.allinaccountability.jira:property-refresh";
    static final String JOB_ID = "com.allinaccountability.jira:property-refresh-daily";
    /** Quartz-style cron (seconds first): every day at 00:10. */
    static final String DAILY_AT_TEN_PAST_MIDNIGHT = "0 10 0 * * ?";

    private final ClusterJob job;

    public PropertyRefreshSchedule(SchedulerService schedulerService, PropertyRefreshJob job, ZoneId zone) {
        this.job = new ClusterJob(schedulerService, RUNNER_KEY, JOB_ID, job,
                () -> Schedule.forCronExpression(DAILY_AT_TEN_PAST_MIDNIGHT, TimeZone.getTimeZone(zone)),
                "Jira's scheduler refused the daily refresh of the accountability JQL property; time-driven flags "
                        + "(OVERDUE, STALE_CHECKIN) reach JQL only with each issue's next change");
    }

    public void start() {
        job.start();
    }

    public void stop() {
        job.stop();
    }
}
