package com.allinaccountability.jira.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The daily refresh of what time alone changes in the JQL property, and when it runs. */
class PropertyRefreshJobTest {
    private static final Instant SINCE = Instant.parse("2026-03-04T12:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    private final InMemoryRecordStore store = new InMemoryRecordStore();
    private final Issues issues = mock(Issues.class);
    private final AccountabilityPropertyWriter writer = mock(AccountabilityPropertyWriter.class);
    private final PropertyRefresher refresher = new PropertyRefresher(store, issues, writer,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private void storeExpectation(long issueId, LocalDate targetDate) {
        store.save(AccountabilityRecord.empty(issueId, Fixtures.PROJECT_ID).withRevisions(List.of(new Expectation(1,
                "Outcome " + issueId, "Why", targetDate, "", UserKey.of("alice"),
                Instant.parse("2026-03-01T09:00:00Z")))), List.of());
    }

    @Test
    void only_issues_whose_flags_time_changed_are_written_and_a_page_of_issues_is_read_at_once() {
        storeExpectation(1, LocalDate.of(2026, 3, 4));   // overdue from 5 March on
        storeExpectation(2, LocalDate.of(2026, 5, 1));   // nothing changes
        storeExpectation(3, LocalDate.of(2026, 3, 4));   // resolved: never overdue
        storeExpectation(4, LocalDate.of(2026, 3, 4));   // the issue is gone
        IssueFacts open = Fixtures.anIssue(1, "bob", "alice");
        IssueFacts later = Fixtures.anIssue(2, "bob", "alice");
        IssueFacts resolved = Fixtures.resolved(Fixtures.anIssue(3, "bob", "alice"), Instant.parse("2026-03-02T00:00:00Z"));
        when(issues.byIds(any())).thenReturn(Map.of(1L, open, 2L, later, 3L, resolved));
        when(writer.write(anyLong(), any())).thenReturn(true);

        PropertyRefresher.Refresh refresh = refresher.refreshWhatTimeChanged(SINCE, NOW);

        assertThat(refresh).isEqualTo(new PropertyRefresher.Refresh(1, 0));
        ArgumentCaptor<AccountabilityProperty> property = ArgumentCaptor.forClass(AccountabilityProperty.class);
        verify(writer).write(eq(1L), property.capture());
        assertThat(property.getValue().health()).contains(HealthFlag.OVERDUE);
        verify(writer, never()).write(eq(2L), any());
        verify(writer, never()).write(eq(3L), any());
        verify(writer, never()).write(eq(4L), any());
        verify(issues, times(1)).byIds(any());
    }

    @Test
    void a_refused_or_failing_write_is_counted_as_failed_and_the_run_goes_on() {
        storeExpectation(1, LocalDate.of(2026, 3, 4));
        storeExpectation(5, LocalDate.of(2026, 3, 4));
        storeExpectation(6, LocalDate.of(2026, 3, 4));
        when(issues.byIds(any())).thenReturn(Map.of(1L, Fixtures.anIssue(1, "bob", "alice"),
                5L, Fixtures.anIssue(5, "bob", "alice"), 6L, Fixtures.anIssue(6, "bob", "alice")));
        when(writer.write(eq(1L), any())).thenReturn(false);
        when(writer.write(eq(5L), any())).thenThrow(new IllegalStateException("the index is down"));
        when(writer.write(eq(6L), any())).thenReturn(true);

        assertThat(refresher.refreshWhatTimeChanged(SINCE, NOW)).isEqualTo(new PropertyRefresher.Refresh(1, 2));
        verify(writer).write(eq(6L), any());
    }

    @Test
    void more_records_than_a_page_are_read_a_page_of_issues_at_a_time() {
        for (long id = 1; id <= PropertyRefresher.PAGE + 1; id++) {
            storeExpectation(id, LocalDate.of(2026, 5, 1));
        }
        when(issues.byIds(any())).thenReturn(Map.of());

        refresher.refreshWhatTimeChanged(SINCE, NOW);

        verify(issues, times(2)).byIds(any());
    }

    @Test
    void a_nodes_first_run_looks_back_two_intervals_and_each_later_run_to_the_one_before() {
        PropertyRefresher refresh = mock(PropertyRefresher.class);
        when(refresh.refreshWhatTimeChanged(any(), any())).thenReturn(new PropertyRefresher.Refresh(3, 0));
        MutableClock clock = MutableClock.at("2026-03-05T00:10:00Z");
        PropertyRefreshJob job = new PropertyRefreshJob(refresh, clock);
        Instant first = clock.instant();

        assertThat(job.run()).contains("3 issue(s)");
        clock.advance(Duration.ofDays(1));
        job.run();

        verify(refresh).refreshWhatTimeChanged(first.minus(Duration.ofDays(2)), first);
        verify(refresh).refreshWhatTimeChanged(first, clock.instant());
    }

    @Test
    void a_run_with_failures_keeps_its_window_so_the_next_run_tries_those_issues_again() {
        PropertyRefresher refresh = mock(PropertyRefresher.class);
        when(refresh.refreshWhatTimeChanged(any(), any())).thenReturn(new PropertyRefresher.Refresh(2, 1),
                new PropertyRefresher.Refresh(1, 0));
        MutableClock clock = MutableClock.at("2026-03-05T00:10:00Z");
        PropertyRefreshJob job = new PropertyRefreshJob(refresh, clock);
        Instant t0 = clock.instant();
        Instant t1 = t0.plus(Duration.ofDays(1));
        Instant t2 = t1.plus(Duration.ofDays(1));

        assertThat(job.run()).contains("1 could not be written");
        clock.advance(Duration.ofDays(1));
        job.run();
        clock.advance(Duration.ofDays(1));
        job.run();

        verify(refresh).refreshWhatTimeChanged(t0.minus(Duration.ofDays(2)), t0);
        verify(refresh).refreshWhatTimeChanged(t0.minus(Duration.ofDays(2)), t1);
        verify(refresh).refreshWhatTimeChanged(t1, t2);
    }
}
