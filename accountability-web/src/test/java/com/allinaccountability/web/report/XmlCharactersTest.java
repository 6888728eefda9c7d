package com.allinaccountability.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void characters_xml_cannot_hold_become_the_replacement_character() {
        assertThat(XmlCharacters.wellFormed("a\u0007b\uFFFEc\uD800d\uDC00e\uFDD0"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
    }

    @Test
    void ordinary_text_and_characters_above_the_basic_plane_are_kept_as_they_are() {
        String text = "tab\tline\nreturn\r <&> \uD83D\uDE80 \uD876\uDC00 \uFFFD \uFDCF";

        assertThat(XmlCharacters.wellFormed(text)).isSameAs(text);
    }

    @Test
    void numeric_references_to_characters_xml_cannot_hold_are_replaced_too() {
        String escaped = "&#65534; &#xFFFF; &#xd800; &#7; &#99999999999999999999; ok &#233; &#x1F680; &#10; &amp;";

        assertThat(XmlCharacters.wellFormed(escaped))
                .isEqualTo("\uFFFD \uFFFD \uFFFD \uFFFD \uFFFD ok &#233; &#x1F680; &#10; &amp;");
    }
}
