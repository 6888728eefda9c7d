package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.web.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The issue panel template: every step shown, forms only for who may use them, every user string escaped once. */
class PanelTemplateTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)> \"'& <script>alert(2)</script>";

    @Test
    void an_empty_record_shows_every_step_empty_and_only_the_forms_the_caller_may_use() {
        PanelScenario scenario = new PanelScenario();

        Document asEditor = Jsoup.parse(scenario.panel("ed"));
        Document asDave = Jsoup.parse(scenario.panel("dave"));

        assertThat(asEditor.select("section.acc-step").eachAttr("data-step")).containsExactly("expectation",
                "alignment", "control", "ownership", "checkins", "retrospective", "performance", "history");
        assertThat(asEditor.select(".acc-stage").text()).isEqualTo("No expectation");
        assertThat(asEditor.select(".acc-empty")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(forms(asEditor)).containsExactly("expectation");
        assertThat(forms(asDave)).isEmpty();
        assertThat(asDave.select(".acc-performance dd[data-field=assignee]").text()).isEqualTo("bob");
        assertThat(asDave.select(".acc-performance dd[data-field=originalEstimate]").text()).isEqualTo("1d");
    }

    @Test
    void anonymous_viewers_of_a_browsable_issue_would_see_no_form() {
        PanelScenario scenario = new PanelScenario();
        scenario.host.browser(com.allinaccountability.core.fixtures.Fixtures.PROJECT_ID, "guest");

        assertThat(forms(Jsoup.parse(scenario.panel("guest")))).isEmpty();
    }

    @Test
    void a_full_record_shows_all_five_steps_check_ins_and_performance() {
        PanelScenario scenario = new PanelScenario().everyStep("Fine text");

        Document panel = Jsoup.parse(scenario.panel("dave"));

        assertThat(panel.select(".acc-stage").attr("data-stage")).isEqualTo("RETROSPECTIVE_WRITTEN");
        assertThat(panel.select(".acc-flag").eachAttr("data-flag")).contains("AWAITING_VERIFICATION",
                "CONCERNS_OPEN");
        Element expectation = panel.selectFirst("section[data-step=expectation]");
        assertThat(expectation.select("> ul dd[data-field=outcome]").text()).isEqualTo("Fine text v2");
        assertThat(expectation.select(".acc-revisions .acc-superseded dd[data-field=outcome]").text())
                .isEqualTo("Fine text");
        assertThat(panel.select("section[data-step=alignment] .acc-entry").eachAttr("data-status"))
                .containsExactlyInAnyOrder("ALIGNED", "CONCERNS");
        assertThat(panel.select("section[data-step=control] .aui-lozenge").text()).isEqualTo("Control 4/5");
        assertThat(panel.select("section[data-step=ownership] .acc-entry")).hasSize(3);
        assertThat(panel.select("section[data-step=ownership] .acc-superseded dd[data-field=withdrawReason]").text())
                .isEqualTo("Fine text");
        assertThat(panel.select(".acc-latest .acc-entry").attr("data-status")).isEqualTo("AT_RISK");
        assertThat(panel.select(".acc-checkin-history .acc-entry").attr("data-status")).isEqualTo("ON_TRACK");
        assertThat(panel.select("section[data-step=retrospective] .acc-entry").attr("data-status")).isEqualTo("MET");
        assertThat(panel.select(".acc-performance dd[data-field=agreedDate]").text()).isEqualTo("2026-05-01");
        assertThat(panel.select(".acc-history-load")).hasSize(1);
        assertThat(panel.text()).doesNotContain("accountability.");
    }

    @Test
    void the_panel_tells_the_viewer_what_of_the_issue_waits_for_them_and_nobody_else() {
        PanelScenario scenario = new PanelScenario().everyStep("Fine text");

        Document setter = Jsoup.parse(scenario.panel("ed"));
        assertThat(setter.select(".acc-waiting-for-you li").eachAttr("data-action"))
                .containsExactly("ANSWER_CONCERN", "VERIFY");
        assertThat(setter.select(".acc-waiting-for-you li").last().text())
                .isEqualTo("You: Verify the retrospective");
        assertThat(Jsoup.parse(scenario.panel("bob")).select(".acc-waiting-for-you")).isEmpty();
        assertThat(Jsoup.parse(scenario.panel("dave")).select(".acc-waiting-for-you")).isEmpty();
    }

    @Test
    void forms_appear_only_for_the_users_the_permission_table_allows() {
        PanelScenario scenario = new PanelScenario().everyStep("Fine text");

        assertThat(forms(Jsoup.parse(scenario.panel("bob")))).as("owner")
                .containsExactlyInAnyOrder("alignment", "ownership/withdrawal", "control", "checkins",
                        "retrospective");
        assertThat(forms(Jsoup.parse(scenario.panel("ed")))).as("setter, may edit")
                .containsExactlyInAnyOrder("expectation", "alignment", "ownership", "verification");
        assertThat(forms(Jsoup.parse(scenario.panel("dave")))).as("browse only, withdrew his sponsorship")
                .containsExactlyInAnyOrder("alignment", "ownership");
        assertThat(forms(Jsoup.parse(scenario.panel("carol")))).as("co-owner")
                .containsExactlyInAnyOrder("alignment", "ownership/withdrawal", "control", "checkins",
                        "retrospective");
    }

    @Test
    void a_verified_record_offers_only_reopening_to_the_setter_and_nothing_to_the_owner() {
        PanelScenario scenario = new PanelScenario().everyStep("Fine text").verified("Agreed");

        Document asSetter = Jsoup.parse(scenario.panel("ed"));

        assertThat(forms(asSetter)).containsExactly("reopen");
        assertThat(asSetter.select(".acc-locked")).hasSize(1);
        assertThat(forms(Jsoup.parse(scenario.panel("bob")))).isEmpty();
        assertThat(forms(Jsoup.parse(scenario.panel("alice")))).containsExactly("reopen");
    }

    @Test
    void a_hostile_string_in_every_field_is_escaped_exactly_once() {
        PanelScenario scenario = new PanelScenario().everyStep(HOSTILE).verified(HOSTILE);

        for (String user : new String[] {"bob", "ed", "dave"}) {
            String html = scenario.panel(user);
            Document panel = Jsoup.parse(html);

            assertThat(panel.select("img, script")).as("no element from user text").isEmpty();
            assertThat(html).doesNotContain("<img", "<script").doesNotContain("&amp;lt;", "&amp;quot;", "&amp;#39;");
            assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp; &lt;script&gt;");
            for (Element value : panel.select("dd.acc-text")) {
                if (java.util.Set.of("targetDate", "proposedDate", "forecastDate", "withdrawnAt", "judgedRevision")
                        .contains(value.attr("data-field"))) {
                    continue;
                }
                assertThat(value.text()).as(value.attr("data-field")).startsWith(HOSTILE);
            }
            assertThat(panel.select("dd.acc-text").eachAttr("data-field")).contains("outcome", "why", "goalLink",
                    "comment", "statement", "withdrawReason", "levers", "support", "note", "evidence", "wentWell",
                    "toImprove", "lessons", "nextCommitment");
        }
        Document editable = Jsoup.parse(new PanelScenario().everyStep(HOSTILE).panel("ed"));
        assertThat(editable.select("textarea[name=outcome]").val()).as("prefilled once-escaped").isEqualTo(
                HOSTILE + " v2");
        assertThat(editable.select("input[name=goalLink]").val()).isEqualTo(HOSTILE);
    }

    @Test
    void the_embedded_record_is_the_rest_answer_and_reads_back_byte_for_byte() throws Exception {
        PanelScenario scenario = new PanelScenario().everyStep(HOSTILE);

        Element root = Jsoup.parse(scenario.panel("bob")).selectFirst(".accountability-panel");
        JsonNode record = Json.mapper().readTree(root.attr("data-record"));
        JsonNode texts = Json.mapper().readTree(root.attr("data-i18n"));

        assertThat(record.get("expectation").get("why").asText()).isEqualTo(HOSTILE);
        assertThat(record.get("permissions").get("stateControl").asBoolean()).isTrue();
        assertThat(root.attr("data-rest-base")).isEqualTo("/jira/rest/accountability/1.0");
        assertThat(root.attr("data-caller")).isEqualTo("bob");
        assertThat(texts.get("accountability.error.conflict").asText()).isNotBlank();
    }

    private static java.util.List<String> forms(Document panel) {
        return panel.select("form.acc-form").eachAttr("data-endpoint");
    }
}
