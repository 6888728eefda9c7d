package com.allinaccountability.web.report;

import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.Rate;
import com.allinaccountability.web.view.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report templates (HTML and Confluence storage format) show, ready-made: labels are localized, numbers
 * are formatted, chart geometry is computed. Tables are lists of rows of plain strings, escaped by the template.
 */
public final class ReportModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ProjectReport report;
    private final Messages messages;
    private final ZoneId zone;

    public ReportModel(ProjectReport report, Messages messages, ZoneId zone) {
        this.report = report;
        this.messages = messages;
        this.zone = zone;
    }

    public String getProjectKey() {
        return report.period().projectKey();
    }

    public String getFrom() {
        return report.period().from().format(DAY);
    }

    public String getTo() {
        return report.period().to().format(DAY);
    }

    public String getGeneratedAt() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(report.period().generatedAt());
    }

    /**
     * The period line ("from … to …, generated …"), formatted here rather than by a template calling
     * {@code Messages#format(String, Object...)}: an array parameter in a Velocity allowlist entry has no spelling
     * confirmed in Atlassian's documentation, and the template should call only plain getters.
     */
    public String getPeriod() {
        return messages.format("accountability.report.period", getFrom(), getTo(), getGeneratedAt());
    }

    public int getIssues() {
        return report.funnel().issues();
    }

    public boolean isEmpty() {
        return report.funnel().issues() == 0;
    }

    /** The headline rates: label, percentage, "count of total". */
    public List<List<String>> getRates() {
        ProjectReport.Rates r = report.rates();
        List<List<String>> rows = new ArrayList<>();
        rows.add(rate("alignment", r.alignment()));
        rows.add(rate("ownership", r.ownership()));
        rows.add(rate("ownerIsAssignee", r.ownerIsAssignee()));
        rows.add(rate("retrospectives", r.retrospectives()));
        rows.add(rate("verification", r.verification()));
        rows.add(rate("onTime", r.onTime()));
        rows.add(rate("onTimeAgainstDueDate", r.onTimeAgainstDueDate()));
        return rows;
    }

    public int getOpenConcerns() {
        return report.rates().openConcerns();
    }

    /** How many issues carry each of the five steps. */
    public List<List<String>> getSteps() {
        ProjectReport.Steps s = report.funnel().steps();
        return List.of(
                count("accountability.report.step.expectation", s.expectation()),
                count("accountability.report.step.why", s.why()),
                count("accountability.report.step.ownerAligned", s.ownerAligned()),
                count("accountability.report.step.control", s.control()),
                count("accountability.report.step.ownership", s.ownership()),
                count("accountability.report.step.retrospective", s.retrospective()),
                count("accountability.report.step.verified", s.verified()));
    }

    public BarChart getFunnel() {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            values.put(messages.getText("accountability.stage." + stage.name()),
                    report.funnel().stages().getOrDefault(stage, 0));
        }
        return new BarChart("acc-funnel", messages.getText("accountability.report.funnel"), values);
    }

    public BarChart getResults() {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (RetrospectiveResult result : RetrospectiveResult.values()) {
            values.put(messages.getText("accountability.retrospective.result." + result.name()),
                    report.results().getOrDefault(result, 0));
        }
        return new BarChart("acc-results", messages.getText("accountability.report.results"), values);
    }

    public TrendChart getTrend() {
        return new TrendChart(messages.getText("accountability.report.trend"), report.trend(), getTrendSeries());
    }

    /** The trend's measures, in the order of the trend table's columns. */
    public List<String> getTrendSeries() {
        return List.of(messages.getText("accountability.report.trend.expectationsSet"),
                messages.getText("accountability.report.trend.retrospectivesWritten"),
                messages.getText("accountability.report.trend.verified"),
                messages.getText("accountability.report.trend.resolved"),
                messages.getText("accountability.report.trend.resolvedOnTime"));
    }

    /** The latest check-in of each issue under way, by status, then the flags where reports and dates disagree. */
    public List<List<String>> getCheckins() {
        List<List<String>> rows = new ArrayList<>();
        for (CheckInStatus status : CheckInStatus.values()) {
            rows.add(List.of(messages.getText("accountability.checkin.status." + status.name()),
                    String.valueOf(report.checkins().latest().getOrDefault(status, 0))));
        }
        rows.add(count("accountability.report.checkins.none", report.checkins().withoutCheckin()));
        rows.add(count("accountability.health.STALE_CHECKIN", report.checkins().stale()));
        rows.add(count("accountability.health.STATUS_CONTRADICTS_DATES", report.checkins().statusContradictsDates()));
        return rows;
    }

    public List<List<String>> getHealth() {
        List<List<String>> rows = new ArrayList<>();
        for (HealthFlag flag : HealthFlag.values()) {
            rows.add(count("accountability.health." + flag.name(), report.health().getOrDefault(flag, 0)));
        }
        return rows;
    }

    /** Owner, commitments, resolved, on time ("n of m"), results ("Met 2, Not met 1"). */
    public List<List<String>> getOwners() {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectReport.OwnerRow owner : report.owners()) {
            List<String> results = new ArrayList<>();
            for (RetrospectiveResult result : RetrospectiveResult.values()) {
                int n = owner.results().getOrDefault(result, 0);
                if (n > 0) {
                    results.add(messages.getText("accountability.retrospective.result." + result.name()) + " " + n);
                }
            }
            rows.add(List.of(owner.owner(), String.valueOf(owner.commitments()), String.valueOf(owner.resolved()),
                    ofText(owner.onTime()), String.join(", ", results)));
        }
        return rows;
    }

    /** Newest first: date, issue key, author, result, lesson. */
    public List<List<String>> getLessons() {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectReport.Lesson lesson : report.lessons()) {
            rows.add(List.of(DAY.withZone(zone).format(lesson.at()), lesson.issueKey(), lesson.author(),
                    messages.getText("accountability.retrospective.result." + lesson.result().name()), lesson.text()));
        }
        return rows;
    }

    private List<String> rate(String name, Rate rate) {
        return List.of(messages.getText("accountability.report.rate." + name),
                rate.measurable() ? rate.percent() + "%" : "–", ofText(rate));
    }

    private String ofText(Rate rate) {
        return messages.format("accountability.report.countOf", rate.count(), rate.of());
    }

    private List<String> count(String key, int value) {
        return List.of(messages.getText(key), String.valueOf(value));
    }
}
