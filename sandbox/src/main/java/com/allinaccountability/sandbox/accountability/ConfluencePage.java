package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.hooks.ProjectPage;
import com.allinaccountability.web.report.MacroOutput;
import com.allinaccountability.web.report.MacroPeriod;
import com.allinaccountability.web.report.ReportJson;
import com.allinaccountability.web.velocity.HtmlEscaping;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Confluence-like page, {@code /jira/projects/KEY/confluence-report?project=KEY&period=last-13-weeks}, showing
 * what the "Accountability report" macro shows: the report read as the viewing user and passed through the same JSON
 * the macro receives from Jira, rendered by the macro's own {@link MacroOutput}, or its warning box. The sandbox has
 * no application links, so the link itself is the one part not exercised here.
 */
final class ConfluencePage implements ProjectPage {
    private final ReportService reports;
    private final MacroOutput macro;
    private final Clock clock;

    ConfluencePage(ReportService reports, MacroOutput macro, Clock clock) {
        this.reports = reports;
        this.macro = macro;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "confluence-report";
    }

    @Override
    public String title(Project project) {
        return "Team space · Accountability";
    }

    @Override
    public String renderBodyHtml(Caller caller, Project project, String contextPath) {
        return renderBodyHtml(caller, project, contextPath, Map.of());
    }

    @Override
    public String renderBodyHtml(Caller caller, Project project, String contextPath, Map<String, String> query) {
        String projectKey = query.getOrDefault("project", project.key());
        String period = query.getOrDefault("period", "last-13-weeks");
        return "<div class=\"wiki-content acc-confluence-page\"><p class=\"acc-confluence-macro-params\">"
                + "Macro <code>accountability-report</code> with project = <code>" + HtmlEscaping.escape(projectKey)
                + "</code>, period = <code>" + HtmlEscaping.escape(period) + "</code></p>"
                + macroOutput(caller, projectKey, period) + "</div>";
    }

    private String macroOutput(Caller caller, String projectKey, String period) {
        Optional<MacroPeriod> weeks = MacroPeriod.parse(period);
        if (weeks.isEmpty()) {
            return macro.warning("accountability.macro.warning.period.title",
                    "accountability.macro.warning.period.body", period);
        }
        LocalDate today = LocalDate.now(clock);
        Outcome<ProjectReport> report = reports.report(caller, projectKey,
                Optional.of(weeks.get().from(today)), Optional.of(today));
        if (report instanceof Outcome.Done<ProjectReport> done) {
            return macro.report(ReportJson.write(done.value()));
        }
        return macro.warning("accountability.macro.warning.permission.title",
                "accountability.macro.warning.permission.body", projectKey);
    }

    @Override
    public List<String> stylesheets() {
        return List.of("/static/accountability/accountability-report.css");
    }
}
