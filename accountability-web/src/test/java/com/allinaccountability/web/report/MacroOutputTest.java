package com.allinaccountability.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.web.velocity.Views;
import com.allinaccountability.web.view.Messages;
import java.net.URI;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MacroOutputTest {
    private final MacroOutput output = new MacroOutput(new Views(), Messages.english(), ZoneOffset.UTC);

    @Test
    void a_warning_box_names_the_reason_and_escapes_the_detail_once() {
        String html = output.warning("accountability.macro.warning.project.title",
                "accountability.macro.warning.project.body", "<script>x</script>&");
        Document box = Jsoup.parse(html);

        assertThat(box.select(".confluence-information-macro-warning")).hasSize(1);
        assertThat(box.select("script")).isEmpty();
        assertThat(box.text()).contains("Choose a Jira project").contains("\u201c<script>x</script>&\u201d");
        assertThat(html).doesNotContain("&amp;amp;");
    }

    @Test
    void the_authorisation_link_is_shown_only_for_http_urls() {
        Document https = Jsoup.parse(output.authorisationWarning(URI.create("https://jira.example/oauth?x=1&y=2")));
        Document script = Jsoup.parse(output.authorisationWarning(URI.create("javascript:alert(1)")));

        assertThat(https.select("a").attr("href")).isEqualTo("https://jira.example/oauth?x=1&y=2");
        assertThat(script.select("a")).isEmpty();
    }

    @Test
    void an_answer_that_is_not_a_report_is_refused_not_rendered() {
        assertThatThrownBy(() -> output.report("{\"errorMessages\":[\"boom\"]"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
