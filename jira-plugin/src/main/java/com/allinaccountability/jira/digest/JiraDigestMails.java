package com.allinaccountability.jira.digest;

import com.allinaccountability.web.digest.DigestMails;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import com.allinaccountability.web.view.WaitingLine;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * The web layer's {@link DigestMails} as Jira renders them: the HTML part by Jira's template renderer (the
 * {@code jiraTemplates} bean, so the descriptor's velocity allowlist applies), texts in each recipient's language from
 * the plugin's bundle, and links absolute under Jira's base URL, since a mail is read outside Jira. A Spring factory
 * (the context cannot name a constructor reference such as {@code Messages::new}).
 */
public final class JiraDigestMails {
    private JiraDigestMails() {}

    /** Jira's base URL is read once, when the plugin starts: a changed base URL reaches digests after a restart. */
    public static DigestMails create(Templates templates, ApplicationProperties applicationProperties) {
        String baseUrl = applicationProperties.getBaseUrl(UrlMode.ABSOLUTE);
        return new DigestMails(templates, Messages::new, WaitingLine.Links.of(stripSlash(baseUrl)));
    }

    static String stripSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
