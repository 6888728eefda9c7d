package com.allinaccountability.jira.admin;

import static com.allinaccountability.jira.JiraMocks.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.jira.view.JiraLikeRenderer;
import com.allinaccountability.jira.view.JiraTemplates;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Jira policy page is the web layer's policy form (model, template and script), inside Jira's admin chrome, for
 * project admins only.
 */
class PolicyAdminServletTest {
    private final FakeHost host = new FakeHost().project(Fixtures.PROJECT_KEY, Fixtures.PROJECT_ID)
            .browser(Fixtures.PROJECT_ID, "alice", "dana").admin(Fixtures.PROJECT_ID, "dana");
    private final JiraCallers callers = mock(JiraCallers.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraLikeRenderer renderer = new JiraLikeRenderer();
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final PolicyAdminServlet servlet = new PolicyAdminServlet(
            new PolicyPageServices(callers, host, host, new PolicyService(new InMemoryRecordStore(), host, host),
                    new JiraTemplates(renderer)),
            new JiraPageChrome(projectManager, authentication, application, pageBuilder, renderer));
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        when(request.getParameter("projectKey")).thenReturn(Fixtures.PROJECT_KEY);
        Project project = project(Fixtures.PROJECT_ID, Fixtures.PROJECT_KEY);
        IssueType story = mock(IssueType.class);
        when(story.getName()).thenReturn("Story");
        IssueType bug = mock(IssueType.class);
        when(bug.getName()).thenReturn("<b>Bug</b>");
        when(project.getIssueTypes()).thenReturn(List.of(story, bug));
        when(projectManager.getProjectObj(Fixtures.PROJECT_ID)).thenReturn(project);
        try {
            when(response.getWriter()).thenReturn(new PrintWriter(body));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_project_admin_gets_the_web_layers_form_inside_jiras_admin_chrome() throws Exception {
        when(callers.current()).thenReturn(Caller.of("dana"));

        servlet.doGet(request, response);

        Document page = Jsoup.parse(body.toString());
        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("admin");
        assertThat(page.select("meta[name=projectKey]").attr("content")).isEqualTo("ACC");
        assertThat(page.title()).isEqualTo("Accountability policy - Project ACC");
        assertThat(page.select("body > div.accountability-policy").attr("data-rest-base"))
                .isEqualTo("/jira/rest/accountability/1.0");
        assertThat(page.select("form.acc-policy-form button[type=submit]")).hasSize(1);
        assertThat(page.select("input[name=issueTypes]").eachAttr("value")).containsExactly("<b>Bug</b>", "Story");
        assertThat(body.toString()).contains("&lt;b&gt;Bug&lt;/b&gt;").doesNotContain("&amp;lt;")
                .doesNotContain("enable_html_escaping");
        // The page's script and style, required for this page only.
        verify(pageBuilder.assembler().resources())
                .requireWebResource("com.allinaccountability.accountability:accountability-policy-resources");
    }

    @Test
    void someone_who_may_not_administer_the_project_gets_404_and_anonymous_401() throws Exception {
        when(callers.current()).thenReturn(Caller.of("alice"));
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);

        when(callers.current()).thenReturn(Caller.anonymous());
        servlet.doGet(request, response);
        verify(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
        assertThat(body.toString()).isEmpty();
        verify(pageBuilder.assembler().resources(), never()).requireWebResource(anyString());
    }
}
