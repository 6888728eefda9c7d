package com.allinaccountability.web.view;

/**
 * Renders one of our templates under {@link Views#TEMPLATES} with {@code $model} and {@code $i18n}. The sandbox uses
 * {@link Views} (our own Velocity engine, escaping with {@link HtmlEscaping}); the Jira plugin renders the same
 * templates with Jira's template renderer, which escapes them itself. Either way every template starts with
 * {@code #enable_html_escaping()} and every inserted value is escaped exactly once, by the host's renderer.
 */
public interface Templates {

    /**
     * @param template a classpath location under {@link Views#TEMPLATES}
     * @param model the template's {@code $model}; only allowlisted methods may be called on it
     * @param messages the template's {@code $i18n}
     * @return the rendered text
     */
    String render(String template, Object model, Messages messages);
}
