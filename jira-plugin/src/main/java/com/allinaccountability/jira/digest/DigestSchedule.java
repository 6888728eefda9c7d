package com.allinaccountability.jira.digest;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final SchedulerService schedulerService;
    private final DigestJob job;

    public DigestSchedule(SchedulerService schedulerService, DigestJob job) {
        this.schedulerService = schedulerService;
        this.job = job;
    }

    public void start() {
        boolean registered = false;
        try {
            JobRunnerKey runner = JobRunnerKey.of(RUNNER_KEY);
            schedulerService.registerJobRunner(runner, job);
            registered = true;
            // An hourly schedule fires at the same minutes in every zone: UTC avoids daylight-saving gaps.
            schedulerService.scheduleJob(JobId.of(JOB_ID), JobConfig.forJobRunnerKey(runner)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(HOURLY_AT_TEN_PAST, TimeZone.getTimeZone("UTC"))));
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.error("Jira's scheduler refused the accountability digests; they are not sent until the plugin starts "
                    + "again (administrators can run them through POST /rest/accountability/1.0/digests/run)", e);
            if (registered) {
                stop();
            }
        }
    }

    public void stop() {
        try {
            schedulerService.unscheduleJob(JobId.of(JOB_ID));
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the accountability digest job from Jira's scheduler", e);
        } finally {
            schedulerService.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
        }
    }
}
