package com.allinaccountability.jira.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore.SaveResult;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

/**
 * Issue 12, P5: each property write reindexes the issue in Jira, so a save writes the JQL property at most once, and
 * not at all when what Jira indexes (stage, owner, result, health) did not change. Counted on Jira's
 * {@link IssuePropertyService}, under the plugin's real writer, refresher and property-writing store.
 */
class PropertyWriteCountTest {
    private static final UserKey BOB = UserKey.of("bob");

    private final IssuePropertyService service = mock(IssuePropertyService.class);
    private final InMemoryRecordStore inner = new InMemoryRecordStore();
    private final Issues issues = mock(Issues.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private final PropertyWritingRecordStore store = new PropertyWritingRecordStore(inner, new PropertyRefresher(inner,
            issues, new AccountabilityPropertyWriter(service, mock(JiraAuthenticationContext.class)), clock));
    private final IssueFacts facts = Fixtures.anIssue(7L, "alice", "bob");
    private MockedConstruction<PropertyInput> inputs;
    private MockedConstruction<EntityPropertyOptions.Builder> options;

    @BeforeEach
    void jira() {
        when(issues.byId(facts.issueId())).thenReturn(Optional.of(facts));
        SetPropertyValidationResult valid = mock(SetPropertyValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        PropertyResult stored = mock(PropertyResult.class);
        when(stored.isValid()).thenReturn(true);
        when(service.validateSetProperty(any(), any(Long.class), any(), any())).thenReturn(valid);
        when(service.setProperty(any(), any())).thenReturn(stored);
        // PropertyInput and the options builder are compile-only declarations outside Jira.
        inputs = mockConstruction(PropertyInput.class);
        options = mockConstruction(EntityPropertyOptions.Builder.class,
                (mock, context) -> when(mock.skipPermissionChecks()).thenReturn(mock));
    }

    @AfterEach
    void close() {
        inputs.close();
        options.close();
    }

    @Test
    void a_save_that_changes_nothing_jira_indexes_writes_no_property_and_one_that_does_writes_it_once() {
        AccountabilityRecord first = saved(store.save(AccountabilityRecord.empty(facts.issueId(), facts.projectId())
                .withRevisions(List.of(expectation(1, "Outcome", ""))), List.of()));
        assertThat(propertyWrites()).as("first save").isEqualTo(1);

        // A new wording of the outcome: same stage, owner, result and health (the why is still missing).
        AccountabilityRecord reworded = saved(store.save(first.withRevisions(List.of(expectation(1, "Outcome", ""),
                expectation(2, "Outcome, reworded", ""))), List.of()));
        assertThat(propertyWrites()).as("after a save that changes nothing indexed").isEqualTo(1);

        // The why is stated: the WHY_MISSING health flag goes.
        AccountabilityRecord withWhy = saved(store.save(reworded.withRevisions(List.of(expectation(1, "Outcome", ""),
                expectation(2, "Outcome, reworded", ""), expectation(3, "Outcome, reworded", "Because"))),
                List.of()));
        assertThat(propertyWrites()).as("after a save that changes the health").isEqualTo(2);

        // A check-in on a record without an owner changes nothing indexed either.
        saved(store.save(withWhy.withCheckins(List.of(new CheckIn(BOB, CheckInStatus.ON_TRACK, "Fine",
                Optional.empty(), clock.instant()))), List.of()));
        assertThat(propertyWrites()).as("after a check-in").isEqualTo(2);
    }

    @Test
    void a_stale_save_writes_no_property() {
        AccountabilityRecord base = AccountabilityRecord.empty(facts.issueId(), facts.projectId())
                .withRevisions(List.of(expectation(1, "Outcome", "")));
        saved(store.save(base, List.of()));

        assertThat(store.save(base, List.of())).isInstanceOf(SaveResult.Stale.class);
        assertThat(propertyWrites()).isEqualTo(1);
    }

    private long propertyWrites() {
        return mockingDetails(service).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("setProperty")).count();
    }

    private Expectation expectation(int number, String outcome, String why) {
        return new Expectation(number, outcome, why, LocalDate.of(2026, 5, 1), "", BOB,
                Instant.parse("2026-03-02T10:00:00Z").plusSeconds(number));
    }

    private static AccountabilityRecord saved(SaveResult result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved) result).record();
    }
}
