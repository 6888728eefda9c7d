package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.hooks.ProjectPage;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.report.ReportViews;
import com.allinaccountability.web.velocity.HtmlEscaping;
import com.allinaccountability.web.view.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's accountability report, {@code /jira/projects/KEY/accountability-report?from=&to=}: a period form
 * and the shared report template, counting only issues the viewer may browse. Links to the same report as JSON and
 * as Confluence storage format from the REST API.
 */
final class ReportPage implements ProjectPage {
    private final ReportService reports;
    private final ReportViews views;
    private final Messages messages;
    private final ZoneId zone;

    ReportPage(ReportService reports, ReportViews views, Messages messages, ZoneId zone) {
        this.reports = reports;
        this.views = views;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "accountability-report";
    }

    @Override
    public String title(Project project) {
        return messages.getText("accountability.report.title") + " · " + project.name();
    }

    @Override
    public String renderBodyHtml(Caller caller, Project project, String contextPath) {
        return renderBodyHtml(caller, project, contextPath, Map.of());
    }

    @Override
    public String renderBodyHtml(Caller caller, Project project, String contextPath, Map<String, String> query) {
        String from = query.getOrDefault("from", "");
        String to = query.getOrDefault("to", "");
        StringBuilder html = new StringBuilder();
        String api = contextPath + AccountabilityRestApi.BASE_PATH + "/reports/projects/" + project.key();
        html.append("<form class=\"aui acc-report-period-form\" method=\"get\">")
                .append("<div class=\"field-group\"><label for=\"acc-report-from\">")
                .append(HtmlEscaping.escape(messages.getText("accountability.report.from"))).append("</label>")
                .append("<input class=\"text medium-field\" type=\"date\" id=\"acc-report-from\" name=\"from\" value=\"")
                .append(HtmlEscaping.escape(from)).append("\"></div>")
                .append("<div class=\"field-group\"><label for=\"acc-report-to\">")
                .append(HtmlEscaping.escape(messages.getText("accountability.report.to"))).append("</label>")
                .append("<input class=\"text medium-field\" type=\"date\" id=\"acc-report-to\" name=\"to\" value=\"")
                .append(HtmlEscaping.escape(to)).append("\"></div>")
                .append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button class=\"aui-button aui-button-primary\" type=\"submit\">")
                .append(HtmlEscaping.escape(messages.getText("accountability.report.show"))).append("</button> ")
                .append("<a class=\"aui-button aui-button-link\" href=\"").append(HtmlEscaping.escape(api))
                .append("\">JSON</a> <a class=\"aui-button aui-button-link\" href=\"")
                .append(HtmlEscaping.escape(api + "?format=storage")).append("\">").append(HtmlEscaping.escape(messages.getText("accountability.report.storageFormat")))
                .append("</a>")
                .append("</div></div></form>");
        Optional<LocalDate> start = date(from);
        Optional<LocalDate> end = date(to);
        if ((!from.isBlank() && start.isEmpty()) || (!to.isBlank() && end.isEmpty())) {
            return html.append(error(messages.getText("accountability.report.badDate"))).toString();
        }
        Outcome<ProjectReport> report = reports.report(caller, project.key(), start, end);
        if (report instanceof Outcome.Done<ProjectReport> done) {
            return html.append(views.html(done.value(), messages, zone)).toString();
        }
        if (report instanceof Outcome.Invalid<ProjectReport> invalid) {
            return html.append(error(String.join(" ", invalid.fields().values()))).toString();
        }
        return html.append(error(messages.getText("accountability.report.noPermission"))).toString();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String error(String message) {
        return "<div class=\"aui-message aui-message-error\"><p>" + HtmlEscaping.escape(message) + "</p></div>";
    }

    @Override
    public List<String> stylesheets() {
        return List.of("/static/accountability/accountability-report.css");
    }
}
