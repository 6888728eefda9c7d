package com.allinaccountability.jira.admin;

import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.jira.view.JiraTemplates;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PolicyPageModel;
import com.allinaccountability.web.view.Templates;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.UrlMode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project admin page for the accountability policy, at {@code /plugins/servlet/accountability/policy?projectKey=}
 * (linked from the project settings sidebar), for project admins only. The form is the web layer's: its
 * {@link PolicyPageModel} rendered from {@link Templates#POLICY_PAGE} by Jira's renderer ({@link JiraTemplates}), the
 * same model and template the sandbox shows, saved by the same panel script through
 * {@code /rest/accountability/1.0/projects/{key}/policy}, where the core checks the admin right again. This class
 * only adds Jira's page chrome ({@value #PAGE}: the admin decorator and the project settings tab). Jakarta servlet
 * API: Jira 11 (Platform 8); see jira-plugin/README.md.
 */
public final class PolicyAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/jira/admin/policy-page.vm";
    /**
     * The policy page's script and style (the descriptor's web-resource of that key), required by this page only: a
     * web-resource in the {@code atl.admin} context would load them on every admin page.
     */
    static final String WEB_RESOURCE = "com.allinaccountability.accountability:accountability-policy-resources";

    private final transient PolicyPageServices services;
    private final transient JiraPageChrome chrome;

    public PolicyAdminServlet(PolicyPageServices services, JiraPageChrome chrome) {
        this.services = services;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = services.callers().current();
        if (!caller.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String projectKey = Optional.ofNullable(request.getParameter("projectKey")).orElse("").trim();
        Optional<Long> projectId = services.issues().projectId(projectKey);
        // Unknown project and a project the caller may not administer answer alike, as Jira does.
        if (projectId.isEmpty() || !services.rights().isProjectAdmin(caller, projectId.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Outcome<ProjectPolicy> policy = services.policies().policy(caller, projectKey);
        if (!(policy instanceof Outcome.Done<ProjectPolicy> done)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Project project = chrome.projectManager().getProjectObj(projectId.get());
        Locale locale = Objects.requireNonNullElse(chrome.authenticationContext().getLocale(), Locale.ENGLISH);
        Messages messages = new Messages(locale);
        String restBase = chrome.applicationProperties().getBaseUrl(UrlMode.RELATIVE) + AccountabilityRestApi.BASE_PATH;
        PolicyPageModel model = new PolicyPageModel(projectKey, done.value(), issueTypeNames(project), true,
                restBase, messages);

        Map<String, Object> page = new HashMap<>();
        page.put("projectKey", projectKey);
        page.put("projectId", projectId.get().toString());
        page.put("projectName", project == null || project.getName() == null ? projectKey : project.getName());
        page.put("title", messages.getText("accountability.policy.title"));
        // Rendered and escaped by Jira's renderer already; a scalar named ...Html is inserted as it is.
        page.put("policyHtml", services.templates().render(Templates.POLICY_PAGE, model, messages));
        chrome.pageBuilder().assembler().resources().requireWebResource(WEB_RESOURCE);
        response.setContentType("text/html;charset=UTF-8");
        chrome.renderer().render(PAGE, page, response.getWriter());
    }

    private static List<String> issueTypeNames(Project project) {
        Collection<IssueType> types = project == null ? null : project.getIssueTypes();
        return types == null ? List.of()
                : types.stream().map(IssueType::getName).filter(Objects::nonNull).sorted().toList();
    }
}
