package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.web.report.ReportViews;
import com.allinaccountability.web.velocity.Views;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every template declares Jira's {@code #enable_html_escaping()} on its first line (Jira's own template check wants
 * such a directive, and its renderers then escape every reference once), never {@code #disable_html_escaping()};
 * our engine accepts the marker, renders nothing for it and still escapes everything exactly once.
 */
class EscapingMarkerTest {
    private static final List<String> TEMPLATES = List.of(Views.PANEL, Views.POLICY_PAGE, ReportViews.HTML,
            ReportViews.STORAGE, com.allinaccountability.web.report.MacroOutput.WARNING, Views.WAITING, Views.DIGEST_MAIL);

    @Test
    void the_list_above_holds_every_template_we_ship() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources", Views.TEMPLATES))) {
            assertThat(files.map(f -> Views.TEMPLATES + f.getFileName()).filter(f -> f.endsWith(".vm")))
                    .containsExactlyInAnyOrderElementsOf(TEMPLATES);
        }
    }

    @Test
    void every_template_starts_with_the_marker_and_never_disables_escaping() throws IOException {
        for (String template : TEMPLATES) {
            String text = read(template);
            assertThat(text.lines().findFirst().orElse("")).as(template).isEqualTo("#enable_html_escaping()");
            assertThat(text).as(template).doesNotContain("disable_html_escaping");
        }
    }

    @Test
    void the_marker_renders_nothing_and_values_are_escaped_once() {
        ProjectPolicy policy = new ProjectPolicy(7, Set.of("<i>Bug & Co</i>"), List.of(), false, 7, 0);
        String html = new Views().policyPage(new PolicyPageModel("ACC", policy, List.of(), true, "/rest",
                Messages.english()), Messages.english());

        assertThat(html).doesNotContain("enable_html_escaping").startsWith("<div class=\"accountability-policy\"");
        assertThat(html).contains("&lt;i&gt;Bug &amp; Co&lt;/i&gt;").doesNotContain("<i>Bug")
                .doesNotContain("&amp;lt;");
    }

    private static String read(String location) throws IOException {
        try (InputStream in = Views.class.getClassLoader().getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
