package com.allinaccountability.jira.lifecycle;

import static com.allinaccountability.jira.JiraMocks.issue;
import static com.allinaccountability.jira.JiraMocks.project;
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
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.jira.property.AccountabilityProperty;
import com.allinaccountability.jira.property.AccountabilityPropertyWriter;
import com.allinaccountability.jira.property.PropertyRefresher;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class IssueChangeListenerTest {
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final InMemoryRecordStore store = new InMemoryRecordStore();
    private final Issues issues = mock(Issues.class);
    private final AccountabilityPropertyWriter writer = mock(AccountabilityPropertyWriter.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private final WaitingService waiting = mock(WaitingService.class);
    private final IssueChangeListener listener = new IssueChangeListener(publisher, store,
            new PropertyRefresher(store, issues, writer, clock), waiting);
    private final IssueFacts open = Fixtures.anIssue(7L, "alice", "bob");

    /** An expectation due 2026-03-01: overdue on 2026-03-05 while the issue is unresolved. */
    private void aRecordDueOnTheFirst() {
        store.save(AccountabilityRecord.empty(open.issueId(), open.projectId()).withRevisions(List.of(
                new Expectation(1, "Outcome", "Why", LocalDate.of(2026, 3, 1), "", UserKey.of("bob"),
                        Instant.parse("2026-02-02T10:00:00Z")))), List.of());
    }

    private IssueEvent event(Long type, long issueId) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        var jiraIssue = issue(issueId, "ACC-" + issueId, project(Fixtures.PROJECT_ID, "ACC"), "Story");
        when(event.getIssue()).thenReturn(jiraIssue);
        return event;
    }

    private AccountabilityProperty lastWritten(int times) {
        ArgumentCaptor<AccountabilityProperty> written = ArgumentCaptor.forClass(AccountabilityProperty.class);
        verify(writer, times(times)).write(eq(7L), written.capture());
        return written.getValue();
    }

    @Test
    void a_moved_issues_record_follows_it_so_deleting_the_old_project_leaves_it() {
        aRecordDueOnTheFirst();
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        IssueEvent moved = mock(IssueEvent.class);
        when(moved.getEventTypeId()).thenReturn(EventType.ISSUE_MOVED_ID);
        var jiraIssue = issue(7L, "OTH-1", project(20_000L, "OTH"), "Story");
        when(moved.getIssue()).thenReturn(jiraIssue);

        listener.onIssueEvent(moved);
        store.deleteProject(Fixtures.PROJECT_ID);

        assertThat(store.load(7L)).hasValueSatisfying(record -> assertThat(record.projectId()).isEqualTo(20_000L));
    }

    @Test
    void resolving_the_issue_in_jira_rewrites_the_property_from_the_issue_as_it_is_now() {
        aRecordDueOnTheFirst();
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, 7L));
        assertThat(lastWritten(1).health()).contains(HealthFlag.OVERDUE);

        when(issues.byId(7L)).thenReturn(Optional.of(Fixtures.resolved(open, Instant.parse("2026-03-04T10:00:00Z"))));
        listener.onIssueEvent(event(EventType.ISSUE_RESOLVED_ID, 7L));

        AccountabilityProperty now = lastWritten(2);
        assertThat(now.health()).doesNotContain(HealthFlag.OVERDUE).contains(HealthFlag.RETRO_MISSING);
    }

    @Test
    void assignment_transitions_and_moves_refresh_too() {
        aRecordDueOnTheFirst();
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        for (Long type : List.of(EventType.ISSUE_ASSIGNED_ID, EventType.ISSUE_GENERICEVENT_ID,
                EventType.ISSUE_CLOSED_ID, EventType.ISSUE_REOPENED_ID, EventType.ISSUE_MOVED_ID,
                EventType.ISSUE_WORKSTARTED_ID, EventType.ISSUE_WORKSTOPPED_ID)) {
            listener.onIssueEvent(event(type, 7L));
        }
        verify(writer, times(7)).write(eq(7L), any());
    }

    @Test
    void an_assignee_resolution_or_due_date_change_re_derives_what_waits_for_whom_on_that_issue() {
        aRecordDueOnTheFirst();
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        for (Long type : List.of(EventType.ISSUE_ASSIGNED_ID, EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_UPDATED_ID)) {
            listener.onIssueEvent(event(type, 7L));
        }
        verify(waiting, times(3)).refresh(List.of(7L));
    }

    @Test
    void a_failing_index_refresh_does_not_escape_and_the_property_is_still_written() {
        aRecordDueOnTheFirst();
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        org.mockito.Mockito.doThrow(new IllegalStateException("database gone")).when(waiting).refresh(List.of(7L));

        listener.onIssueEvent(event(EventType.ISSUE_ASSIGNED_ID, 7L));

        verify(writer).write(eq(7L), any());
    }

    @Test
    void creation_deletion_and_unknown_types_and_issues_without_a_record_write_nothing() {
        aRecordDueOnTheFirst();
        when(issues.byId(anyLong())).thenReturn(Optional.of(open));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 7L));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, 7L));
        listener.onIssueEvent(event(10_500L, 7L));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, 8L));

        verify(writer, never()).write(anyLong(), any());
        verify(waiting, never()).refresh(org.mockito.ArgumentMatchers.<java.util.Collection<Long>>any());
    }

    @Test
    void a_failing_write_does_not_escape_into_jiras_event_dispatch() {
        aRecordDueOnTheFirst();
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        when(writer.write(anyLong(), any())).thenThrow(new IllegalStateException("index is down"));

        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, 7L));

        verify(writer).write(eq(7L), any());
    }

    @Test
    void registers_with_jiras_event_publisher_and_listens_for_issue_events() throws NoSuchMethodException {
        listener.register();
        listener.unregister();

        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
        assertThat(IssueChangeListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }
}
