package com.allinaccountability.jira.property;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * When the plugin stops (disabled, uninstalled, node shut down) the daily job is unscheduled as well as its runner
 * unregistered: the scheduler persists jobs, so unregistering the runner alone left a job behind after uninstalling.
 * {@code JobId.of} / {@code JobRunnerKey.of} are compile-only declarations here, so the test supplies their values.
 */
class PropertyRefreshScheduleTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final PropertyRefreshSchedule schedule =
            new PropertyRefreshSchedule(scheduler, mock(PropertyRefreshJob.class), ZoneOffset.UTC);
    private final JobId jobId = mock(JobId.class);
    private final JobRunnerKey runnerKey = mock(JobRunnerKey.class);
    private MockedStatic<JobId> jobIds;
    private MockedStatic<JobRunnerKey> runnerKeys;

    @BeforeEach
    void ids() {
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(PropertyRefreshSchedule.JOB_ID)).thenReturn(jobId);
        runnerKeys = mockStatic(JobRunnerKey.class);
        runnerKeys.when(() -> JobRunnerKey.of(PropertyRefreshSchedule.RUNNER_KEY)).thenReturn(runnerKey);
    }

    @AfterEach
    void close() {
        jobIds.close();
        runnerKeys.close();
    }

    @Test
    void stop_unschedules_the_job_and_unregisters_the_runner() {
        schedule.stop();

        verify(scheduler).unscheduleJob(jobId);
        verify(scheduler).unregisterJobRunner(runnerKey);
    }

    @Test
    void the_runner_is_unregistered_even_when_unscheduling_fails() {
        doThrow(new IllegalStateException("database gone")).when(scheduler).unscheduleJob(any());

        schedule.stop();

        verify(scheduler).unregisterJobRunner(runnerKey);
    }
}
