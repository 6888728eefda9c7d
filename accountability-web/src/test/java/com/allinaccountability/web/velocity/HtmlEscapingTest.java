package com.allinaccountability.web.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.velocity.VelocityContext;
import org.junit.jupiter.api.Test;

class HtmlEscapingTest {
    private final HtmlEscaping escaping = new HtmlEscaping();

    @Test
    void every_reference_is_escaped() {
        assertThat(escaping.referenceInsert(new VelocityContext(), "$model.outcome", "<b>\"'&</b>"))
                .isEqualTo("&lt;b&gt;&quot;&#39;&amp;&lt;/b&gt;");
        assertThat(escaping.referenceInsert(new VelocityContext(), "$!{entry.user}", "a<b")).isEqualTo("a&lt;b");
        assertThat(escaping.referenceInsert(new VelocityContext(), "$model.limits.outcome", 4000)).isEqualTo("4000");
    }

    @Test
    void only_references_named_html_are_inserted_as_they_are() {
        assertThat(HtmlEscaping.isHtml("$bodyHtml")).isTrue();
        assertThat(HtmlEscaping.isHtml("$!{model.summaryHtml}")).isTrue();
        assertThat(HtmlEscaping.isHtml("$model.getSummaryHtml()")).isTrue();
        assertThat(HtmlEscaping.isHtml("$model.html")).isFalse();
        assertThat(HtmlEscaping.isHtml("$model.htmlSummary")).isFalse();
        assertThat(HtmlEscaping.isHtml("$i18n.getText(\"accountability.x.Html\")")).isFalse();
        assertThat(escaping.referenceInsert(new VelocityContext(), "$model.bodyHtml", "<b>x</b>"))
                .isEqualTo("<b>x</b>");
    }
}
