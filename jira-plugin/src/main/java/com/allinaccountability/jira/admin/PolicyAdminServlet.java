package com.allinaccountability.jira.admin;

import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.jira.host.JiraCallers;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The project admin page for the accountability policy, at {@code /plugins/servlet/accountability/policy?projectKey=}
 * (linked from the project settings sidebar). It only renders the page shell for project admins; the page script
 * reads and writes the policy through {@code /rest/accountability/1.0/projects/{key}/policy}, where the core checks
 * the admin right again. Jakarta servlet API: Jira 11 (Platform 8); see jira-plugin/README.md.
 */
public final class PolicyAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/jira/admin/policy-page.vm";

    private final transient JiraCallers callers;
    private final transient Issues issues;
    private final transient Rights rights;
    private final transient ProjectManager projectManager;
    private final transient TemplateRenderer renderer;
    private final transient ApplicationProperties applicationProperties;

    public PolicyAdminServlet(JiraCallers callers, Issues issues, Rights rights, ProjectManager projectManager,
            TemplateRenderer renderer, ApplicationProperties applicationProperties) {
        this.callers = callers;
        this.issues = issues;
        this.rights = rights;
        this.projectManager = projectManager;
        this.renderer = renderer;
        this.applicationProperties = applicationProperties;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = callers.current();
        String projectKey = Optional.ofNullable(request.getParameter("projectKey")).orElse("").trim();
        Optional<Long> projectId = issues.projectId(projectKey);
        if (!caller.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        // Unknown project and a project the caller may not administer answer alike, as Jira does.
        if (projectId.isEmpty() || !rights.isProjectAdmin(caller, projectId.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Project project = projectManager.getProjectObj(projectId.get());
        Map<String, Object> context = new HashMap<>();
        context.put("projectKey", projectKey);
        context.put("projectId", projectId.get().toString());
        context.put("projectName", project == null || project.getName() == null ? projectKey : project.getName());
        context.put("restBase", applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/rest/accountability/1.0");
        context.put("categories", Arrays.stream(StatusCategory.values()).map(StatusCategory::key).toList());
        context.put("requirements", Arrays.stream(Requirement.values()).map(Enum::name).toList());
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }
}
