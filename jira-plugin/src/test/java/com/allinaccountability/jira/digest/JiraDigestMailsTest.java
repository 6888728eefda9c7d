package com.allinaccountability.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.web.digest.RenderedMail;
import com.allinaccountability.web.view.Templates;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Digest mails in Jira: the HTML part from Jira's renderer, links absolute under Jira's base URL. */
class JiraDigestMailsTest {
    @Test
    void digests_link_to_the_waiting_page_under_jiras_absolute_base_url_and_render_through_jiras_templates() {
        Templates templates = mock(Templates.class);
        when(templates.render(eq(Templates.DIGEST_MAIL), any(), any())).thenReturn("<p>rendered by Jira</p>");
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://jira.example.com/");
        Recipient alice = new Recipient(UserKey.of("alice-key"), "Alice", "alice@example.com", Locale.ENGLISH,
                ZoneId.of("UTC"));

        RenderedMail mail = JiraDigestMails.create(templates, properties).personal(new PersonalDigest(alice,
                DigestFrequency.WEEKLY, "2026-W49", Instant.parse("2026-11-30T09:00:00Z"), List.of(), 0));

        assertThat(mail.toAddress()).isEqualTo("alice@example.com");
        assertThat(mail.html()).isEqualTo("<p>rendered by Jira</p>");
        assertThat(mail.text()).contains("https://jira.example.com/plugins/servlet/accountability/waiting")
                .doesNotContain("com//plugins");
    }
}
