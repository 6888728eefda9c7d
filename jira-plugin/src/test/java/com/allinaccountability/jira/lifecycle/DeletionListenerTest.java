package com.allinaccountability.jira.lifecycle;

import static com.allinaccountability.jira.JiraMocks.issue;
import static com.allinaccountability.jira.JiraMocks.project;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.port.RecordStore;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.ProjectDeletedEvent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DeletionListenerTest {
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final RecordStore store = mock(RecordStore.class);
    private final DeletionListener listener = new DeletionListener(publisher, store);

    @Test
    void a_deleted_issue_loses_its_record() {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_DELETED_ID);
        var deleted = issue(7L, "ACC-7", project(10L, "ACC"), "Story");
        when(event.getIssue()).thenReturn(deleted);

        listener.onIssueEvent(event);

        verify(store).deleteIssue(7L);
    }

    @Test
    void other_issue_events_delete_nothing() {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(EventType.ISSUE_CREATED_ID);

        listener.onIssueEvent(event);

        verify(store, never()).deleteIssue(anyLong());
    }

    @Test
    void a_deleted_project_loses_its_records_and_policy() {
        ProjectDeletedEvent event = mock(ProjectDeletedEvent.class);
        when(event.getId()).thenReturn(10L);

        listener.onProjectDeleted(event);

        verify(store).deleteProject(10L);
    }

    @Test
    void registers_with_and_unregisters_from_jiras_event_publisher() throws NoSuchMethodException {
        listener.register();
        listener.unregister();

        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
        Assertions.assertThat(DeletionListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
        Assertions.assertThat(DeletionListener.class.getMethod("onProjectDeleted", ProjectDeletedEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }
}
