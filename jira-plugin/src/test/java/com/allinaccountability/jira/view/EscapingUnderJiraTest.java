package com.allinaccountability.jira.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Inputs.ExpectationInput;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.web.report.ReportViews;
import com.allinaccountability.web.velocity.AllowlistUberspector;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PanelModel;
import com.allinaccountability.web.view.PolicyPageModel;
import com.allinaccountability.web.velocity.Views;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web layer's templates rendered the Jira way ({@link JiraTemplates} over a renderer with Jira's escaping rules)
 * give byte for byte what the sandbox's {@link Views} gives: so user text is escaped exactly once on both hosts, with
 * no value left raw by one rule and double-escaped by the other.
 */
class EscapingUnderJiraTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"co\"";
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private final IssueFacts facts = Fixtures.anIssue(7L, "alice", "bob");
    private final FakeHost host = new FakeHost().project(Fixtures.PROJECT_KEY, Fixtures.PROJECT_ID).issue(facts)
            .browser(Fixtures.PROJECT_ID, "alice", "bob").editor(Fixtures.PROJECT_ID, "alice", "bob");
    private final InMemoryRecordStore store = new InMemoryRecordStore();
    private final AccountabilityService accountability = new AccountabilityService(store, host, host, clock);
    private final Messages messages = Messages.english();
    private final Views sandbox = new Views();
    private final JiraTemplates jira = new JiraTemplates(new JiraLikeRenderer());

    @Test
    void the_panel_renders_nothing_from_an_empty_context() {
        // What the web panel gets when the context provider returns an empty map (no permission, a caught error).
        String html = new JiraLikeRenderer().render(Views.PANEL, new java.util.HashMap<>());

        assertThat(html).doesNotContain("$").doesNotContain("accountability-panel");
        assertThat(html.strip()).isEmpty();
    }

    @Test
    void the_panel_renders_alike_and_escapes_user_text_once() {
        Outcome<RecordView> set = accountability.setExpectation(Caller.of("bob"), facts.issueKey(),
                new ExpectationInput(HOSTILE, "Why <b>now</b>", Optional.of(LocalDate.parse("2026-04-01")),
                        "https://goals.example/?a=1&b=2"), 0L);
        assertThat(set).isInstanceOf(Outcome.Done.class);
        RecordView view = ((Outcome.Done<RecordView>) accountability.view(Caller.of("alice"), facts.issueKey()))
                .value();
        PanelModel model = new PanelModel(view, Caller.of("alice"), "/jira/rest/accountability/1.0", messages,
                ZoneOffset.UTC);

        String inJira = jira.render(Views.PANEL, model, messages);

        assertThat(inJira).isEqualTo(sandbox.panel(model, messages));
        assertThat(inJira).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
                .doesNotContain("<script>alert").doesNotContain("&amp;lt;").doesNotContain("enable_html_escaping");
    }

    @Test
    void the_policy_page_renders_alike() {
        ProjectPolicy policy = new ProjectPolicy(Fixtures.PROJECT_ID, Set.of(HOSTILE), List.of(), true, 7, 2);
        PolicyPageModel model = new PolicyPageModel("ACC", policy, List.of("Story", "Bug"), true, "/jira/rest",
                messages);

        String inJira = jira.render(Views.POLICY_PAGE, model, messages);

        assertThat(inJira).isEqualTo(sandbox.policyPage(model, messages));
        assertThat(inJira).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("&amp;lt;");
    }

    @Test
    void the_report_renders_alike_as_html_and_as_storage_format() {
        accountability.setExpectation(Caller.of("bob"), facts.issueKey(), new ExpectationInput(HOSTILE, "Why",
                Optional.of(LocalDate.parse("2026-04-01")), ""), 0L);
        ProjectReport report = ((Outcome.Done<ProjectReport>) new ReportService(store, host, host, clock)
                .report(Caller.of("alice"), Fixtures.PROJECT_KEY, Optional.empty(), Optional.empty())).value();

        assertThat(new ReportViews(jira).html(report, messages, ZoneOffset.UTC))
                .isEqualTo(new ReportViews(sandbox).html(report, messages, ZoneOffset.UTC));
        assertThat(new ReportViews(jira).storage(report, messages, ZoneOffset.UTC))
                .isEqualTo(new ReportViews(sandbox).storage(report, messages, ZoneOffset.UTC));
    }

    @Test
    void no_allowlisted_method_is_html_safe_to_jira_unless_our_escaping_exempts_it_too() {
        for (String entry : AllowlistUberspector.allowed()) {
            String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            boolean jiraLeavesItRaw = JiraLikeRenderer.JiraEscaping.isHtmlSafe("$model." + method + "()");
            // Ours exempts exactly the names ending in "Html"; Jira also "html" in any case and render*/getRender*.
            assertThat(!jiraLeavesItRaw || method.endsWith("Html")).as("%s: Jira would insert it raw", entry)
                    .isTrue();
        }
        assertThat(JiraLikeRenderer.JiraEscaping.isHtmlSafe("$model.getRenderedTable()")).isTrue();
        assertThat(JiraLikeRenderer.JiraEscaping.isHtmlSafe("$!{model.summaryXhtml}")).isTrue();
        assertThat(JiraLikeRenderer.JiraEscaping.isHtmlSafe("$model.outcome")).isFalse();
        assertThat(JiraLikeRenderer.JiraEscaping.isHtmlSafe("$policyHtml")).isTrue();
        assertThat(JiraLikeRenderer.JiraEscaping.isHtmlSafe("$i18n.getText(\"a.b\")")).isFalse();
    }
}
