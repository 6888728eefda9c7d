package com.allinaccountability.jira.schedule;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the plugin's jobs in Jira's scheduler, run once per cluster: registered and scheduled when the plugin starts
 * (Spring {@code init-method}), unscheduled and unregistered when it stops ({@code destroy-method}), as the
 * scheduler's documentation asks of plugins (JobRunner: "register ... at plugin enabled, unregister ... when the
 * plugin is disabled"). Scheduled jobs are persisted by the scheduler and outlive the runner, so stopping also
 * unschedules: a disabled or uninstalled plugin leaves no job behind that would fail for want of a runner. The plugin
 * has no uninstall hook of its own, so this happens on every stop, node shutdown included; the next start on any node
 * schedules it again. Scheduling under the same job id on every start replaces the stored job rather than adding one.
 * A scheduler that refuses the job is logged with the job's own {@code refusal} and the plugin starts without it.
 */
public final class ClusterJob {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJob.class);

    private final SchedulerService schedulerService;
    private final String runnerKey;
    private final String jobId;
    private final JobRunner runner;
    private final Supplier<Schedule> schedule;
    private final String refusal;

    public ClusterJob(SchedulerService schedulerService, String runnerKey, String jobId, JobRunner runner,
            Supplier<Schedule> schedule, String refusal) {
        this.schedulerService = schedulerService;
        this.runnerKey = runnerKey;
        this.jobId = jobId;
        this.runner = runner;
        this.schedule = schedule;
        this.refusal = refusal;
    }

    public void start() {
        boolean registered = false;
        try {
            JobRunnerKey key = JobRunnerKey.of(runnerKey);
            schedulerService.registerJobRunner(key, runner);
            registered = true;
            schedulerService.scheduleJob(JobId.of(jobId), JobConfig.forJobRunnerKey(key)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(schedule.get()));
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.error(refusal, e);
            if (registered) {
                stop();
            }
        }
    }

    public void stop() {
        try {
            schedulerService.unscheduleJob(JobId.of(jobId));
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the job " + jobId + " from Jira's scheduler", e);
        } finally {
            schedulerService.unregisterJobRunner(JobRunnerKey.of(runnerKey));
        }
    }
}
