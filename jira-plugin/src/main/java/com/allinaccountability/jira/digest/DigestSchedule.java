package com.allinaccountability.jira.digest;

import com.allinaccountability.jira.schedule.ClusterJob;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.Schedule;
import java.util.TimeZone;

/**
 * Registers {@link DigestJob} with Jira's scheduler when the plugin starts and removes it when the plugin stops, as
 * {@code property.PropertyRefreshSchedule} does for the JQL property (see there for why stopping also unschedules).
 * The job runs once per cluster every hour, at ten past: digests are per day or week in each recipient's own zone, so
 * an hourly run sends each one soon after its period starts wherever the recipient is, and the digest ledger keeps a
 * digest from going out twice in its period. A scheduler that refuses the job costs the scheduled digests only
 * (administrators can still run them through the REST API); the failure is logged and the plugin starts without it.
 */
public class DigestSchedule {
    static final String RUNNER_KEY = "com.allinaccountability.jira:digests";
    static final String JOB_ID = "com.allinaccountability.jira:digests-hourly";
    /** Quartz-style cron (seconds first): every hour at ten past. */
    static final String HOURLY_AT_TEN_PAST = "0 10 * * * ?";

    private final ClusterJob job;

    public DigestSchedule(SchedulerService schedulerService, DigestJob job) {
        // An hourly schedule fires at the same minutes in every zone: UTC avoids daylight-saving gaps.
        this.job = new ClusterJob(schedulerService, RUNNER_KEY, JOB_ID, job,
                () -> Schedule.forCronExpression(HOURLY_AT_TEN_PAST, TimeZone.getTimeZone("UTC")),
                "Jira's scheduler refused the accountability digests; they are not sent until the plugin starts "
                        + "again (administrators can run them through POST /rest/accountability/1.0/digests/run)");
    }

    public void start() {
        job.start();
    }

    public void stop() {
        job.stop();
    }
}
