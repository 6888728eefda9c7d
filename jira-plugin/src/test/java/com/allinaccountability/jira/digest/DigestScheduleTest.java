package com.allinaccountability.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * The hourly digest job: registered once per cluster when the plugin starts, gone when it stops. The scheduler's
 * config types are compile-only declarations, so the test supplies their values and checks what was asked of them.
 */
class DigestScheduleTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final DigestJob job = mock(DigestJob.class);
    private final DigestSchedule schedule = new DigestSchedule(scheduler, job);
    private final JobId jobId = mock(JobId.class);
    private final JobRunnerKey runnerKey = mock(JobRunnerKey.class);
    private final JobConfig config = mock(JobConfig.class);
    private final JobConfig oncePerCluster = mock(JobConfig.class);
    private final JobConfig hourly = mock(JobConfig.class);
    private final Schedule cron = mock(Schedule.class);
    private MockedStatic<JobId> jobIds;
    private MockedStatic<JobRunnerKey> runnerKeys;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;

    @BeforeEach
    void ids() {
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(DigestSchedule.JOB_ID)).thenReturn(jobId);
        runnerKeys = mockStatic(JobRunnerKey.class);
        runnerKeys.when(() -> JobRunnerKey.of(DigestSchedule.RUNNER_KEY)).thenReturn(runnerKey);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(runnerKey)).thenReturn(config);
        when(config.withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)).thenReturn(oncePerCluster);
        schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.forCronExpression(DigestSchedule.HOURLY_AT_TEN_PAST,
                TimeZone.getTimeZone("UTC"))).thenReturn(cron);
        when(oncePerCluster.withSchedule(cron)).thenReturn(hourly);
    }

    @AfterEach
    void close() {
        jobIds.close();
        runnerKeys.close();
        configs.close();
        schedules.close();
    }

    @Test
    void start_registers_the_runner_and_schedules_it_hourly_once_per_cluster() throws SchedulerServiceException {
        schedule.start();

        verify(scheduler).registerJobRunner(runnerKey, job);
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(scheduler).scheduleJob(jobId, hourly);
        assertThat(DigestSchedule.HOURLY_AT_TEN_PAST).isEqualTo("0 10 * * * ?");
    }

    @Test
    void stop_unschedules_the_job_and_unregisters_the_runner() {
        schedule.stop();

        verify(scheduler).unscheduleJob(jobId);
        verify(scheduler).unregisterJobRunner(runnerKey);
    }

    @Test
    void a_refused_schedule_leaves_no_runner_behind_and_does_not_fail_the_start() throws SchedulerServiceException {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        schedule.start();

        verify(scheduler).unregisterJobRunner(runnerKey);
    }

    @Test
    void the_runner_is_unregistered_even_when_unscheduling_fails() {
        doThrow(new IllegalStateException("database gone")).when(scheduler).unscheduleJob(any());

        schedule.stop();

        verify(scheduler).unregisterJobRunner(runnerKey);
    }
}
