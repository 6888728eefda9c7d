package com.allinaccountability.jira.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PropertyWritingRecordStoreTest {
    private final InMemoryRecordStore inner = new InMemoryRecordStore();
    private final Issues issues = mock(Issues.class);
    private final AccountabilityPropertyWriter writer = mock(AccountabilityPropertyWriter.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private final PropertyWritingRecordStore store = new PropertyWritingRecordStore(inner,
            new PropertyRefresher(inner, issues, writer, clock));
    private final IssueFacts facts = Fixtures.anIssue(7L, "alice", "bob");

    private AccountabilityRecord expectationWithoutWhy() {
        return AccountabilityRecord.empty(facts.issueId(), facts.projectId()).withRevisions(List.of(new Expectation(
                1, "Outcome", "", LocalDate.of(2026, 5, 1), "", UserKey.of("bob"),
                Instant.parse("2026-03-02T10:00:00Z"))));
    }

    @Test
    void every_saved_change_writes_the_property_the_assessor_derives() {
        when(issues.byId(facts.issueId())).thenReturn(Optional.of(facts));

        RecordStore.SaveResult result = store.save(expectationWithoutWhy(), List.of());

        assertThat(result).isInstanceOf(RecordStore.SaveResult.Saved.class);
        ArgumentCaptor<AccountabilityProperty> written = ArgumentCaptor.forClass(AccountabilityProperty.class);
        verify(writer).write(eq(facts.issueId()), written.capture());
        assertThat(written.getValue().stage()).isEqualTo(Stage.EXPECTATION_SET);
        assertThat(written.getValue().health()).contains(HealthFlag.WHY_MISSING);
        assertThat(written.getValue().owner()).isEmpty();
    }

    @Test
    void a_stale_save_writes_nothing() {
        when(issues.byId(facts.issueId())).thenReturn(Optional.of(facts));
        store.save(expectationWithoutWhy(), List.of());

        RecordStore.SaveResult stale = store.save(expectationWithoutWhy(), List.of());

        assertThat(stale).isInstanceOf(RecordStore.SaveResult.Stale.class);
        verify(writer, org.mockito.Mockito.times(1)).write(anyLong(), any());
    }

    @Test
    void a_failing_property_write_never_fails_the_committed_save() {
        when(issues.byId(facts.issueId())).thenReturn(Optional.of(facts));
        when(writer.write(anyLong(), any())).thenThrow(new IllegalStateException("index is down"));

        RecordStore.SaveResult result = store.save(expectationWithoutWhy(), List.of());

        assertThat(result).isInstanceOf(RecordStore.SaveResult.Saved.class);
        assertThat(inner.load(facts.issueId())).isPresent();
    }

    @Test
    void an_issue_that_vanished_meanwhile_gets_no_property() {
        when(issues.byId(anyLong())).thenReturn(Optional.empty());

        store.save(expectationWithoutWhy(), List.of());

        verify(writer, never()).write(anyLong(), any());
    }
}
