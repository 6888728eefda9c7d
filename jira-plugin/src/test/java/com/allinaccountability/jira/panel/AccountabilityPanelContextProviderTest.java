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
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PanelModel;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountabilityPanelContextProviderTest {
    private final IssueFacts facts = Fixtures.anIssue(7L, "alice", "bob");
    private final FakeHost host = new FakeHost().project(Fixtures.PROJECT_KEY, Fixtures.PROJECT_ID).issue(facts)
            .browser(Fixtures.PROJECT_ID, "alice");
    private final AccountabilityService service = new AccountabilityService(new InMemoryRecordStore(), host, host,
            Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC));
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final AccountabilityPanelContextProvider provider =
            new AccountabilityPanelContextProvider(service, authentication, application);

    {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
    }

    private JiraHelper helperFor(String issueKey) {
        JiraHelper helper = mock(JiraHelper.class);
        Map<String, Object> params = new HashMap<>();
        params.put("issue", issue(7L, issueKey, project(Fixtures.PROJECT_ID, Fixtures.PROJECT_KEY), "Story"));
        when(helper.getContextParams()).thenReturn(params);
        return helper;
    }

    @Test
    void a_user_who_may_browse_gets_the_web_layers_panel_model_and_messages() {
        @SuppressWarnings("unchecked")
        Map<String, Object> context = provider.getContextMap(user("alice"), helperFor(facts.issueKey()));

        PanelModel model = (PanelModel) context.get("model");
        assertThat(model.getIssueKey()).isEqualTo(facts.issueKey());
        assertThat(model.getRestBaseUrl()).isEqualTo("/jira/rest/accountability/1.0");
        assertThat(context.get("i18n")).isInstanceOf(Messages.class);
    }

    @Test
    void a_user_who_may_not_browse_gets_no_panel() {
        @SuppressWarnings("unchecked")
        Map<String, Object> context = provider.getContextMap(user("mallory"), helperFor(facts.issueKey()));

        assertThat(context).doesNotContainKey("model");
    }

    @Test
    void a_context_without_an_issue_gets_no_panel() {
        JiraHelper helper = mock(JiraHelper.class);
        when(helper.getContextParams()).thenReturn(Map.of());

        assertThat((Map<?, ?>) provider.getContextMap(user("alice"), helper)).isEmpty();
    }
}
