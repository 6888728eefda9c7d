package com.allinaccountability.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.Rate;
import com.allinaccountability.web.report.MacroOutput;
import com.allinaccountability.web.report.ReportJson;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.velocity.Views;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The macro shows the report, or a warning box that says why not; never an exception or a stack trace. */
class ReportMacroTest {
    private final JiraReportClient jira = mock(JiraReportClient.class);
    private final MutableClock clock = MutableClock.at("2026-03-31T12:00:00Z");
    private final ReportMacro macro = new ReportMacro(jira,
            new MacroOutput(new Views(), Messages.english(), ZoneOffset.UTC), clock);

    private Document run(Map<String, String> parameters) {
        return Jsoup.parse(macro.execute(parameters, "", null));
    }

    private void jiraAnswers(JiraReport answer) {
        when(jira.fetch(eq("ACC"), any(), any())).thenReturn(answer);
    }

    @Test
    void renders_the_shared_report_template_over_jiras_answer_for_the_chosen_period() {
        jiraAnswers(new JiraReport.Fetched(ReportJson.write(aReport())));

        Document page = run(Map.of("project", "ACC", "period", "last-4-weeks"));

        assertThat(page.select("section.accountability-report")).hasSize(1);
        assertThat(page.select("svg")).hasSize(3);
        verify(jira).fetch("ACC", Optional.of(LocalDate.parse("2026-03-04")), Optional.of(LocalDate.parse("2026-03-31")));
    }

    @Test
    void each_failure_shows_a_warning_box_saying_which() {
        assertWarning(new JiraReport.NoLink(), "No link to Jira");
        assertWarning(new JiraReport.NoPermission(403), "No permission in Jira");
        assertWarning(new JiraReport.Unreachable("Connection refused"), "Jira does not answer");
        assertWarning(new JiraReport.Refused("{\"errors\":{\"from\":\"bad\"}}"), "Jira refused the report");
        assertWarning(new JiraReport.Fetched("<html>login</html>"), "Unreadable answer from Jira");
    }

    @Test
    void a_user_who_has_not_authorised_gets_the_link_to_do_so() {
        jiraAnswers(new JiraReport.NeedsAuthorisation(URI.create("https://jira.example/plugins/servlet/oauth")));

        Document page = run(Map.of("project", "ACC"));

        assertThat(page.select(".confluence-information-macro-warning a").attr("href"))
                .isEqualTo("https://jira.example/plugins/servlet/oauth");
    }

    @Test
    void bad_parameters_are_warnings_and_jira_is_not_asked() {
        Document noProject = run(Map.of());
        Document hostile = run(Map.of("project", "<script>alert(1)</script>"));
        Document badPeriod = run(Map.of("project", "ACC", "period", "forever"));

        assertThat(noProject.text()).contains("Choose a Jira project");
        assertThat(hostile.select("script")).isEmpty();
        assertThat(hostile.text()).contains("<script>alert(1)</script>");
        assertThat(badPeriod.text()).contains("Unknown period");
        verifyNoInteractions(jira);
    }

    @Test
    void the_macro_has_no_body_and_renders_as_a_block() {
        assertThat(macro.getBodyType()).isEqualTo(com.atlassian.confluence.macro.Macro.BodyType.NONE);
        assertThat(macro.getOutputType()).isEqualTo(com.atlassian.confluence.macro.Macro.OutputType.BLOCK);
    }

    private void assertWarning(JiraReport answer, String title) {
        jiraAnswers(answer);
        Document page = run(Map.of("project", "ACC"));
        assertThat(page.select(".confluence-information-macro-warning")).as(title).hasSize(1);
        assertThat(page.select(".confluence-information-macro-warning .title").text()).isEqualTo(title);
        assertThat(page.text()).doesNotContain("Exception").doesNotContain("at com.");
    }

    static ProjectReport aReport() {
        LocalDate from = LocalDate.parse("2026-03-04");
        return new ProjectReport(
                new ProjectReport.Period("ACC", from, LocalDate.parse("2026-03-31"),
                        Instant.parse("2026-03-31T12:00:00Z")),
                new ProjectReport.Funnel(0, Map.of(), new ProjectReport.Steps(0, 0, 0, 0, 0, 0, 0)),
                new ProjectReport.Rates(new Rate(0, 0), 0, new Rate(0, 0), new Rate(0, 0), new Rate(0, 0),
                        new Rate(0, 0), new Rate(0, 0), new Rate(0, 0)),
                Map.of(), new ProjectReport.CheckInHealth(Map.of(), 0, 0, 0), Map.of(), List.of(), List.of(),
                List.of(new ProjectReport.Week(LocalDate.parse("2026-03-02"), 1, 0, 0, 0, 0)));
    }
}
