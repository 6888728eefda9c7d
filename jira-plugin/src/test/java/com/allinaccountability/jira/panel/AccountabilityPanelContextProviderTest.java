package com.allinaccountability.jira.panel;

import static com.allinaccountability.jira.JiraMocks.issue;
import static com.allinaccountability.jira.JiraMocks.project;
import static com.allinaccountability.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.service.AccountabilityService;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountabilityPanelContextProviderTest {
    private final IssueFacts facts = Fixtures.anIssue(7L, "alice", "bob");
    private final FakeHost host = new FakeHost().project(Fixtures.PROJECT_KEY, Fixtures.PROJECT_ID).issue(facts)
            .browser(Fixtures.PROJECT_ID, "alice");
    private final AccountabilityService service = new AccountabilityService(new InMemoryRecordStore(), host, host,
            Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC));
    private final AccountabilityPanelContextProvider provider = new AccountabilityPanelContextProvider(service);

    private JiraHelper helperFor(String issueKey) {
        JiraHelper helper = mock(JiraHelper.class);
        Map<String, Object> params = new HashMap<>();
        params.put("issue", issue(7L, issueKey, project(Fixtures.PROJECT_ID, Fixtures.PROJECT_KEY), "Story"));
        when(helper.getContextParams()).thenReturn(params);
        return helper;
    }

    @Test
    void a_user_who_may_browse_gets_the_summary_of_the_record() {
        @SuppressWarnings("unchecked")
        Map<String, Object> context = provider.getContextMap(user("alice"), helperFor(facts.issueKey()));

        PanelSummary summary = (PanelSummary) context.get("accountability");
        assertThat(summary.getIssueKey()).isEqualTo(facts.issueKey());
        assertThat(summary.getStage()).isEqualTo("NONE");
        assertThat(summary.getVersion()).isEqualTo("0");
    }

    @Test
    void a_user_who_may_not_browse_gets_no_panel() {
        @SuppressWarnings("unchecked")
        Map<String, Object> context = provider.getContextMap(user("mallory"), helperFor(facts.issueKey()));

        assertThat(context).doesNotContainKey("accountability");
    }

    @Test
    void a_context_without_an_issue_gets_no_panel() {
        JiraHelper helper = mock(JiraHelper.class);
        when(helper.getContextParams()).thenReturn(Map.of());

        assertThat((Map<?, ?>) provider.getContextMap(user("alice"), helper)).isEmpty();
    }
}
