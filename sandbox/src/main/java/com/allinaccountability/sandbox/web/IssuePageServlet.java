package com.allinaccountability.sandbox.web;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.Callers;
import com.allinaccountability.sandbox.auth.LoginServlet;
import com.allinaccountability.sandbox.hooks.PanelRenderer;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.host.Projects;
import com.allinaccountability.sandbox.host.SandboxUser;
import com.allinaccountability.sandbox.host.SandboxUsers;
import com.allinaccountability.sandbox.workflow.WorkflowService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The issue view, {@code /jira/browse/{KEY}}: summary, details, people, dates, time tracking, transition buttons, and
 * the accountability panel in the right column through the {@link PanelRenderer} hook. Anonymous visitors are sent to
 * sign in; signed-in users who may not browse the issue get Jira's 404 page.
 */
public final class IssuePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowService workflow;
    private final transient Projects projects;
    private final transient SandboxUsers users;
    private final transient PanelRenderer panel;
    private final transient Pages pages;
    private final transient NotFoundPages notFound;
    private final transient Clock clock;

    public IssuePageServlet(WorkflowService workflow, Projects projects, SandboxUsers users, PanelRenderer panel,
            Pages pages, NotFoundPages notFound, Clock clock) {
        this.workflow = workflow;
        this.projects = projects;
        this.users = users;
        this.panel = panel;
        this.pages = pages;
        this.notFound = notFound;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = Callers.of(request);
        String key = Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
        if (!caller.isSignedIn()) {
            LoginServlet.sendToLogin(request, response);
            return;
        }
        Optional<IssueFacts> found = key.isEmpty() || key.contains("/")
                ? Optional.empty()
                : workflow.browsable(caller, key);
        if (found.isEmpty()) {
            notFound.issue(request, response);
            return;
        }
        IssueFacts issue = found.get();
        Project project = projects.byId(issue.projectId()).orElseThrow();
        String contextPath = request.getContextPath();
        String panelHtml = panel.renderHtml(new PanelRenderer.PanelContext(caller, issue, contextPath));
        IssueView view = view(caller, issue, project, panelHtml);
        pages.render(request, response, HttpServletResponse.SC_OK, "[" + issue.issueKey() + "] " + issue.summary(),
                "issue.vm", Map.of("issue", view, "stylesheets", panel.stylesheets(), "scripts", panel.scripts()));
    }

    private IssueView view(Caller caller, IssueFacts issue, Project project, String panelHtml) {
        List<UserKey> people = Stream.of(issue.assignee(), issue.reporter()).flatMap(Optional::stream).toList();
        Map<UserKey, SandboxUser> names = users.findAll(people);
        List<IssueView.TransitionView> transitions = new ArrayList<>();
        workflow.available(caller, issue).forEach(t -> transitions.add(new IssueView.TransitionView(t.id(),
                t.name())));
        LocalDate today = LocalDate.now(clock);
        boolean overdue = !issue.isResolved() && issue.dueDate().map(today::isAfter).orElse(false);
        return new IssueView(
                issue.issueKey(),
                issue.summary(),
                project.key(),
                project.name(),
                issue.issueType(),
                issue.status(),
                Formats.lozengeClass(issue.statusCategory()),
                issue.statusCategory() == StatusCategory.DONE ? "Done" : "Unresolved",
                name(issue.assignee(), names, "Unassigned"),
                name(issue.reporter(), names, "Anonymous"),
                Formats.date(issue.dueDate()),
                overdue,
                Formats.dateTime(Optional.of(issue.created()), clock.getZone()),
                Formats.dateTime(issue.resolved(), clock.getZone()),
                Formats.duration(issue.originalEstimateSeconds()),
                Formats.duration(issue.timeSpentSeconds()),
                transitions,
                "You may view this issue but not change its status.",
                panelHtml);
    }

    static String name(Optional<UserKey> user, Map<UserKey, SandboxUser> names, String none) {
        return user.map(key -> Optional.ofNullable(names.get(key)).map(SandboxUser::displayName)
                .orElse(key.value())).orElse(none);
    }
}
