package com.allinaccountability.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.digest.DigestRun;
import com.allinaccountability.core.digest.DigestService;
import com.atlassian.scheduler.JobRunnerResponse;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** The scheduler's run: the core's digest run, its outcome reported to the scheduler's history. */
class DigestJobTest {
    private final DigestService digests = mock(DigestService.class);
    private final JobRunnerResponse success = mock(JobRunnerResponse.class);
    private final JobRunnerResponse failure = mock(JobRunnerResponse.class);

    @Test
    void a_run_sends_the_digests_and_reports_what_it_did() {
        when(digests.run()).thenReturn(new DigestRun(12, 3, 1, 2));
        String summary = "Indexed 12 record(s); sent 3 digest(s), 1 failed (tried again next run), 2 already sent "
                + "this period";
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(() -> JobRunnerResponse.success(summary)).thenReturn(success);

            assertThat(new DigestJob(digests).runJob(null)).isSameAs(success);
        }
    }

    @Test
    void a_failed_run_is_reported_as_failed_to_the_scheduler() {
        IllegalStateException broken = new IllegalStateException("database gone");
        when(digests.run()).thenThrow(broken);
        try (MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class)) {
            responses.when(() -> JobRunnerResponse.failed(broken)).thenReturn(failure);

            assertThat(new DigestJob(digests).runJob(null)).isSameAs(failure);
        }
    }
}
