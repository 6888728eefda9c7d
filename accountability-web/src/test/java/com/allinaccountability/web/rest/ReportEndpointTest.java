package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.web.report.ReportJson;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code GET /reports/projects/{projectKey}} as JSON, HTML and Confluence storage format. */
class ReportEndpointTest extends RestHarness {
    private static final String REPORT = "/reports/projects/ACC";
    /** The Confluence storage-format elements the report may use; anything else would not render in Confluence. */
    private static final Set<String> KNOWN_AC = Set.of("ac:structured-macro", "ac:parameter", "ac:rich-text-body");

    private void verifiedRecord() {
        ownedByBob();
        retrospective("bob");
        verify("ed");
    }

    @Test
    void json_counts_what_the_caller_may_browse() {
        verifiedRecord();

        JsonNode report = expect(get(REPORT + "?from=2026-01-01&to=2026-02-28", "dave"), 200);

        assertThat(report.get("projectKey").asText()).isEqualTo("ACC");
        assertThat(get(REPORT, "dave").getHeaderString("Cache-Control")).contains("no-store");
        assertThat(report.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(report.get("issues").asInt()).isEqualTo(1);
        assertThat(report.get("verification").get("count").asInt()).isEqualTo(1);
        assertThat(report.get("verification").get("percent").asInt()).isEqualTo(100);
        assertThat(report.get("results").get("MET").asInt()).isEqualTo(1);
        assertThat(report.get("lessons").get(0).get("issueKey").asText()).isEqualTo("ACC-1");
        assertThat(report.get("trend").size()).isEqualTo(9);
    }

    @Test
    void json_reads_back_into_the_same_report() {
        verifiedRecord();
        Response response = get(REPORT + "?from=2026-01-01&to=2026-02-28", "alice");
        String json = response.readEntity(String.class);

        ProjectReport report = ReportJson.read(json);

        assertThat(ReportJson.write(report)).isEqualTo(json);
        assertThat(report.funnel().steps().verified()).isEqualTo(1);
    }

    @Test
    void users_who_may_not_browse_the_project_get_404_and_bad_dates_400() {
        assertThat(get(REPORT, "erin").getStatus()).isEqualTo(404);
        assertThat(get("/reports/projects/NOPE", "alice").getStatus()).isEqualTo(404);
        JsonNode bad = expect(get(REPORT + "?from=yesterday&format=pdf", "alice"), 400);
        assertThat(bad.get("errors").has("from")).isTrue();
        assertThat(bad.get("errors").has("format")).isTrue();
        JsonNode backwards = expect(get(REPORT + "?from=2026-02-01&to=2026-01-01", "alice"), 400);
        assertThat(backwards.get("errors").has("from")).isTrue();
        // ISO reads signed years too; date arithmetic on them overflows, so they are not dates here.
        JsonNode farFuture = expect(get(REPORT + "?to=%2B999999999-12-31", "alice"), 400);
        assertThat(farFuture.get("errors").has("to")).isTrue();
        JsonNode farPast = expect(get(REPORT + "?to=-999999999-01-01", "alice"), 400);
        assertThat(farPast.get("errors").has("to")).isTrue();
    }

    @Test
    void an_unreadable_accept_language_falls_back_to_english() {
        setExpectation("ed");
        Response response = target(REPORT).request(MediaType.TEXT_HTML_TYPE).header(TestSignIn.HEADER, "alice")
                .header("Accept-Language", "en;q=abc").get();

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void html_draws_charts_with_titles_and_table_fallbacks_and_escapes_lessons() {
        setExpectation("ed");
        align("bob");
        declare("bob", "OWNER");
        expect(put(ISSUE + "/retrospective", "bob", """
                {"result":"NOT_MET","evidence":"e","lessons":"<img src=x onerror=alert(1)> & \\"q\\"",
                 "version":%d}""".formatted(version(ISSUE))), 200);

        Response response = target(REPORT).request(MediaType.TEXT_HTML_TYPE).header(TestSignIn.HEADER, "alice").get();
        String html = response.readEntity(String.class);
        Document page = Jsoup.parse(html);

        assertThat(response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)).isTrue();
        assertThat(page.select("svg")).hasSize(3);
        assertThat(page.select("svg > title")).extracting(e -> e.text())
                .containsExactly("Stage funnel", "Results", "Weekly trend");
        assertThat(page.select("table.assistive")).hasSize(3);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select(".acc-report-lessons td").eachText()).contains("<img src=x onerror=alert(1)> & \"q\"");
        assertThat(html).doesNotContain("&amp;lt;");
    }

    @Test
    void storage_format_is_well_formed_xhtml_with_only_known_confluence_elements() throws Exception {
        verifiedRecord();

        Response response = get(REPORT + "?format=storage", "alice");
        String storage = response.readEntity(String.class);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith(ReportResource.STORAGE_FORMAT);
        org.w3c.dom.Document xml = parseStorage(storage);
        NodeList all = xml.getElementsByTagName("*");
        Set<String> acElements = new HashSet<>();
        Set<String> macros = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if ("ac".equals(element.getPrefix())) {
                acElements.add(element.getTagName());
            }
            if ("ac:structured-macro".equals(element.getTagName())) {
                macros.add(element.getAttribute("ac:name"));
            }
        }
        assertThat(KNOWN_AC).containsAll(acElements);
        assertThat(macros).containsOnly("chart");
        assertThat(storage).contains("<h2>Accountability report · ACC</h2>");
    }

    @Test
    void storage_format_stays_well_formed_when_a_stored_text_holds_what_xml_cannot() throws Exception {
        verifiedRecord();
        // A row written before validation refused these (or by another writer): the export must still parse.
        AccountabilityRecord record = store.load(acc1.issueId()).orElseThrow();
        Retrospective r = record.retrospective().orElseThrow();
        String hostile = "bell\u0007 nonchar\uFFFE\uFFFF\uFDD0 lone\uD800 end\uDC00 ok\uD83D\uDE80 <&>";
        store.save(record.withRetrospective(new Retrospective(r.result(), r.evidence(), r.wentWell(), r.toImprove(),
                hostile, r.nextCommitment(), r.author(), r.at(), r.judgedRevision())), List.of());

        String storage = get(REPORT + "?format=storage", "alice").readEntity(String.class);

        org.w3c.dom.Document xml = parseStorage(storage);
        assertThat(xml.getDocumentElement().getTextContent())
                .contains("bell\uFFFD nonchar\uFFFD\uFFFD\uFFFD lone\uFFFD end\uFFFD ok\uD83D\uDE80 <&>");
    }

    @Test
    void a_period_before_year_one_is_400_not_a_report_from_year_zero() {
        JsonNode error = expect(get(REPORT + "?to=0001-01-01", "alice"), 400);

        assertThat(error.get("errors").get("to").asText()).contains("0001-04-01");
        expect(get(REPORT + "?from=0001-01-01&to=0001-01-01", "alice"), 200);
    }

    /** Storage format is a fragment: parsed inside a root that declares Confluence's namespaces. */
    private static org.w3c.dom.Document parseStorage(String storage) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                        + storage + "</root>")));
    }
}
