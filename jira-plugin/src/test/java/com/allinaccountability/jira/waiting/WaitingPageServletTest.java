package com.allinaccountability.jira.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.waiting.WaitingPage;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.jira.admin.JiraPageChrome;
import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.jira.host.JiraDirectory;
import com.allinaccountability.jira.view.JiraLikeRenderer;
import com.allinaccountability.jira.view.JiraTemplates;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * "Waiting for me" in Jira: the web layer's list (model, template) inside Jira's general page chrome, in the viewer's
 * zone, for signed-in users only, rendered by a renderer with Jira's escaping and allowlist rules.
 */
class WaitingPageServletTest {
    private final JiraCallers callers = mock(JiraCallers.class);
    private final WaitingService waiting = mock(WaitingService.class);
    private final MyPreferences preferences = mock(MyPreferences.class);
    private final JiraDirectory directory = mock(JiraDirectory.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final JiraLikeRenderer renderer = new JiraLikeRenderer();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private final WaitingPageServlet servlet = new WaitingPageServlet(
            new WaitingPageServices(callers, waiting, preferences, directory, new JiraTemplates(renderer), clock),
            new JiraPageChrome(mock(ProjectManager.class), authentication, application, pageBuilder, renderer));
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(directory.zone(UserKey.of("alice"))).thenReturn(ZoneId.of("Europe/Berlin"));
        try {
            when(response.getWriter()).thenReturn(new PrintWriter(body));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_signed_in_user_gets_their_steps_inside_jiras_general_chrome() throws Exception {
        Caller alice = Caller.of("alice");
        when(callers.current()).thenReturn(alice);
        when(request.getParameter("startAt")).thenReturn("0");
        when(request.getParameter("maxResults")).thenReturn("not a number");
        IssueFacts issue = Fixtures.anIssue(7L, "alice", "bob");
        WaitingStep step = new WaitingStep(7L, issue.projectId(), UserKey.of("alice"), NextAction.ALIGN,
                Instant.parse("2026-03-01T08:00:00Z"), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 5)),
                Optional.empty());
        when(waiting.mine(alice, 0, WaitingPageServlet.DEFAULT_PAGE)).thenReturn(Outcome.done(
                new WaitingPage(0, WaitingPageServlet.DEFAULT_PAGE, 1, List.of(new WaitingItem(step, issue)))));
        when(preferences.digest(alice)).thenReturn(Outcome.done(DigestFrequency.DAILY));

        servlet.doGet(request, response);

        String html = body.toString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("atl.general");
        assertThat(page.select("section.accountability-waiting")).hasSize(1);
        assertThat(page.select("section.accountability-waiting").attr("data-rest-base"))
                .isEqualTo("/jira/rest/accountability/1.0");
        assertThat(page.select("tr.acc-waiting-row a").attr("href")).isEqualTo("/jira/browse/" + issue.issueKey());
        assertThat(page.select("tr.acc-overdue")).as("target 5 March, seen on 10 March").hasSize(1);
        assertThat(page.select("option[selected]").attr("value")).isEqualTo("DAILY");
        assertThat(html).doesNotContain("$").doesNotContain("&amp;lt;");
        verify(pageBuilder.assembler().resources()).requireWebResource(WaitingPageServlet.WEB_RESOURCE);
    }

    @Test
    void anonymous_visitors_are_refused() throws Exception {
        when(callers.current()).thenReturn(Caller.anonymous());

        servlet.doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        verify(waiting, never()).mine(any(), org.mockito.ArgumentMatchers.anyInt(),
                org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void page_parameters_default_when_absent_or_malformed_and_stay_within_bounds() {
        assertThat(WaitingPageServlet.whole(null, 50, 1, 100)).isEqualTo(50);
        assertThat(WaitingPageServlet.whole("x", 50, 1, 100)).isEqualTo(50);
        assertThat(WaitingPageServlet.whole("500", 50, 1, 100)).isEqualTo(100);
        assertThat(WaitingPageServlet.whole("-3", 0, 0, Integer.MAX_VALUE)).isZero();
    }
}
