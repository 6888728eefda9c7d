package com.allinaccountability.sandbox.web;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.Callers;
import com.allinaccountability.sandbox.auth.LoginServlet;
import com.allinaccountability.sandbox.hooks.IssueListColumns;
import com.allinaccountability.sandbox.hooks.ProjectPage;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.host.Projects;
import com.allinaccountability.sandbox.host.SandboxIssues;
import com.allinaccountability.sandbox.host.SandboxRights;
import com.allinaccountability.sandbox.host.SandboxUser;
import com.allinaccountability.sandbox.host.SandboxUsers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /jira/projects/{KEY}/issues} (the issue list with the Stage and Health columns of {@link IssueListColumns})
 * and {@code /jira/projects/{KEY}/{page}} for the {@link ProjectPage}s plugged in, such as the accountability policy.
 */
public final class ProjectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    private final transient Projects projects;
    private final transient SandboxIssues issues;
    private final transient SandboxRights rights;
    private final transient SandboxUsers users;
    private final transient IssueListColumns columns;
    private final transient Map<String, ProjectPage> projectPages;
    private final transient Pages pages;
    private final transient NotFoundPages notFound;

    public ProjectServlet(Projects projects, SandboxIssues issues, SandboxRights rights, SandboxUsers users,
            IssueListColumns columns, List<ProjectPage> projectPages, Pages pages, NotFoundPages notFound) {
        this.projects = projects;
        this.issues = issues;
        this.rights = rights;
        this.users = users;
        this.columns = columns;
        this.projectPages = projectPages.stream().collect(Collectors.toMap(ProjectPage::name, Function.identity()));
        this.pages = pages;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = Callers.of(request);
        String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1).split("/");
        if (!caller.isSignedIn()) {
            LoginServlet.sendToLogin(request, response);
            return;
        }
        if (parts.length != 2) {
            notFound.page(request, response);
            return;
        }
        Optional<Project> project = projects.byKey(parts[0]).filter(p -> rights.canBrowseProject(caller, p.id()));
        if (project.isEmpty()) {
            notFound.project(request, response);
            return;
        }
        if (parts[1].equals("issues")) {
            issueList(request, response, caller, project.get());
            return;
        }
        ProjectPage page = projectPages.get(parts[1]);
        if (page == null) {
            notFound.page(request, response);
            return;
        }
        Map<String, String> query = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                query.put(name, values[0]);
            }
        });
        String bodyHtml = page.renderBodyHtml(caller, project.get(), request.getContextPath(), query);
        String title = page.title(project.get());
        pages.render(request, response, HttpServletResponse.SC_OK, title, "project-page.vm", Map.of(
                "title", title,
                "projectKey", project.get().key(),
                "projectName", project.get().name(),
                "pageHtml", bodyHtml,
                "stylesheets", page.stylesheets(),
                "scripts", page.scripts()));
    }

    private void issueList(HttpServletRequest request, HttpServletResponse response, Caller caller, Project project)
            throws IOException {
        long total = issues.count(project.id());
        int startAt = parseStart(request.getParameter("startAt"), total);
        List<IssueFacts> page = issues.page(project.id(), startAt, PAGE_SIZE);
        Map<Long, IssueListColumns.Cells> cells = columns.cells(caller, page);
        Map<UserKey, SandboxUser> names = users.findAll(page.stream().flatMap(i -> i.assignee().stream())
                .collect(Collectors.toSet()));
        List<IssueListView.Row> rows = page.stream().map(issue -> {
            IssueListColumns.Cells cell = cells.getOrDefault(issue.issueId(), new IssueListColumns.Cells("", ""));
            return new IssueListView.Row(issue.issueKey(), issue.summary(), issue.status(),
                    Formats.lozengeClass(issue.statusCategory()),
                    IssuePageServlet.name(issue.assignee(), names, "Unassigned"), cell.stageHtml(), cell.healthHtml());
        }).toList();
        String range = total == 0 ? "No issues" : (startAt + 1) + "–" + (startAt + page.size()) + " of " + total;
        long previous = startAt == 0 ? -1 : Math.max(0, startAt - PAGE_SIZE);
        long next = startAt + PAGE_SIZE < total ? startAt + PAGE_SIZE : -1;
        IssueListView view = new IssueListView(project.key(), project.name(), range, rows, previous, next);
        pages.render(request, response, HttpServletResponse.SC_OK, project.name() + " issues", "issue-list.vm",
                Map.of("list", view));
    }

    private static int parseStart(String value, long total) {
        try {
            long start = value == null ? 0 : Long.parseLong(value);
            return (int) Math.max(0, Math.min(start, Math.max(0, total - 1)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
