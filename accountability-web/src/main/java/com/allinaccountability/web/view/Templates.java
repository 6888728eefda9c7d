package com.allinaccountability.web.view;

/**
 * Renders one of our templates under {@link #TEMPLATES} with {@code $model} and {@code $i18n}. The sandbox uses
 * {@code com.allinaccountability.web.velocity.Views} (our own Velocity engine, escaping with {@code HtmlEscaping}); the Jira plugin renders the same
 * templates with Jira's template renderer, which escapes them itself. Either way every template starts with
 * {@code #enable_html_escaping()} and every inserted value is escaped exactly once, by the host's renderer.
 */
public interface Templates {
    /** Where our templates live on the class path (in the web layer's jar, and copied into each plugin jar). */
    String TEMPLATES = "templates/accountability/";
    String PANEL = TEMPLATES + "panel.vm";
    String POLICY_PAGE = TEMPLATES + "policy.vm";
    /** "Waiting for me", with {@code WaitingPageModel}. */
    String WAITING = TEMPLATES + "waiting.vm";
    /** A digest mail's HTML part, with {@code DigestMailModel}. */
    String DIGEST_MAIL = TEMPLATES + "digest-mail.vm";

    /**
     * @param template a classpath location under {@link #TEMPLATES}
     * @param model the template's {@code $model}; only allowlisted methods may be called on it
     * @param messages the template's {@code $i18n}
     * @return the rendered text
     */
    String render(String template, Object model, Messages messages);
}
