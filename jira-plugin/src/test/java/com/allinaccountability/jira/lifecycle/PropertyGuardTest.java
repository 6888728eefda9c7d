package com.allinaccountability.jira.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.jira.property.AccountabilityProperty;
import com.allinaccountability.jira.property.AccountabilityPropertyWriter;
import com.allinaccountability.jira.property.PropertyRefresher;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.event.issue.property.IssuePropertyDeletedEvent;
import com.atlassian.jira.event.issue.property.IssuePropertySetEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A value of the {@code accountability} property written by anyone else (Jira's issue property REST API is open to
 * Edit Issues) does not survive: the app's value is written back, while the echo of the app's own write is left
 * alone, so the exchange ends.
 */
class PropertyGuardTest {
    private static final String FORGED = "{\"stage\":\"VERIFIED\",\"owner\":\"mallory\",\"result\":\"MET\",\"health\":[]}";
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final InMemoryRecordStore store = new InMemoryRecordStore();
    private final Issues issues = mock(Issues.class);
    private final AccountabilityPropertyWriter writer = mock(AccountabilityPropertyWriter.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private final PropertyGuard guard = new PropertyGuard(publisher, store,
            new PropertyRefresher(store, issues, writer, clock));
    private final IssueFacts open = Fixtures.anIssue(7L, "alice", "bob");

    {
        // An expectation due 2026-03-01: overdue on 2026-03-05 while the issue is unresolved.
        store.save(AccountabilityRecord.empty(open.issueId(), open.projectId()).withRevisions(List.of(
                new Expectation(1, "Outcome", "Why", LocalDate.of(2026, 3, 1), "", UserKey.of("bob"),
                        Instant.parse("2026-02-02T10:00:00Z")))), List.of());
        when(issues.byId(7L)).thenReturn(Optional.of(open));
        when(writer.write(anyLong(), any())).thenReturn(true);
    }

    private static EntityProperty property(long issueId, String key, String value) {
        EntityProperty property = mock(EntityProperty.class);
        when(property.getEntityId()).thenReturn(issueId);
        when(property.getKey()).thenReturn(key);
        when(property.getValue()).thenReturn(value);
        return property;
    }

    private static IssuePropertySetEvent set(long issueId, String key, String value) {
        IssuePropertySetEvent event = mock(IssuePropertySetEvent.class);
        EntityProperty property = property(issueId, key, value);
        when(event.getEntityProperty()).thenReturn(property);
        return event;
    }

    private AccountabilityProperty written() {
        ArgumentCaptor<AccountabilityProperty> written = ArgumentCaptor.forClass(AccountabilityProperty.class);
        verify(writer).write(eq(7L), written.capture());
        return written.getValue();
    }

    @Test
    void a_forged_value_is_overwritten_with_the_apps_own() {
        guard.onPropertySet(set(7L, "accountability", FORGED));

        AccountabilityProperty restored = written();
        assertThat(restored.health()).contains(HealthFlag.OVERDUE);
        assertThat(restored.toJson()).isNotEqualTo(FORGED).doesNotContain("mallory");
    }

    @Test
    void the_echo_of_the_apps_own_write_is_left_alone_even_reformatted() {
        guard.onPropertySet(set(7L, "accountability", FORGED));
        String ours = written().toJson();

        guard.onPropertySet(set(7L, "accountability", ours));
        guard.onPropertySet(set(7L, "accountability", ours.replace(":", " : ").replace(",", " , ")));

        verify(writer, times(1)).write(anyLong(), any());
    }

    @Test
    void an_event_delivered_while_the_app_writes_the_property_costs_no_read() {
        when(writer.isWritingOnThisThread()).thenReturn(true);
        com.allinaccountability.core.port.RecordStore records =
                mock(com.allinaccountability.core.port.RecordStore.class);
        PropertyGuard guarding = new PropertyGuard(publisher, records,
                new PropertyRefresher(records, issues, writer, clock));

        guarding.onPropertySet(set(7L, "accountability", FORGED));

        verifyNoInteractions(records, issues);
        verify(writer, never()).write(anyLong(), any());
    }

    @Test
    void a_deleted_property_is_written_again() {
        IssuePropertyDeletedEvent deleted = mock(IssuePropertyDeletedEvent.class);
        EntityProperty property = property(7L, "accountability", null);
        when(deleted.getEntityProperty()).thenReturn(property);

        guard.onPropertyDeleted(deleted);

        assertThat(written().health()).contains(HealthFlag.OVERDUE);
    }

    @Test
    void other_properties_unreadable_values_and_issues_without_a_record() {
        guard.onPropertySet(set(7L, "someone.elses", FORGED));
        guard.onPropertySet(set(8L, "accountability", FORGED));
        verify(writer, never()).write(anyLong(), any());

        guard.onPropertySet(set(7L, "accountability", "not json {"));
        verify(writer, times(1)).write(eq(7L), any());
    }

    @Test
    void it_listens_on_jiras_event_publisher_while_the_plugin_runs() throws Exception {
        guard.register();
        guard.unregister();

        verify(publisher).register(guard);
        verify(publisher).unregister(guard);
        assertThat(PropertyGuard.class.getMethod("onPropertySet", IssuePropertySetEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
        assertThat(PropertyGuard.class.getMethod("onPropertyDeleted", IssuePropertyDeletedEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }
}
