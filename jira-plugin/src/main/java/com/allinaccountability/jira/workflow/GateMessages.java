package com.allinaccountability.jira.workflow;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.MissingStep;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The localized messages of a refused transition: one line per missing step, from the i18n keys
 * {@code accountability.gate.missing.<REQUIREMENT>} (the core's {@link MissingStep#messageKey()}), and a last line
 * linking to the issue's accountability panel. Plain text: Jira shows validator messages in its own markup.
 */
public final class GateMessages {
    static final String PANEL_LINK_KEY = "accountability.gate.panel.link";
    /** The id prefix of the web layer's panel element ({@code accountability-panel-<issueKey>}), the link's anchor. */
    static final String PANEL_ANCHOR = "accountability-panel-";

    private final JiraAuthenticationContext authenticationContext;
    private final ApplicationProperties applicationProperties;

    public GateMessages(JiraAuthenticationContext authenticationContext, ApplicationProperties applicationProperties) {
        this.authenticationContext = authenticationContext;
        this.applicationProperties = applicationProperties;
    }

    public List<String> refusal(IssueFacts issue, List<MissingStep> missing) {
        I18nHelper i18n = authenticationContext.getI18nHelper();
        List<String> lines = new ArrayList<>(missing.size() + 1);
        for (MissingStep step : missing) {
            lines.add(text(i18n, step.messageKey(), step.reason()));
        }
        String link = panelUrl(issue.issueKey());
        String linkLine = i18n == null ? null : i18n.getText(PANEL_LINK_KEY, link);
        lines.add(linkLine == null || linkLine.equals(PANEL_LINK_KEY)
                ? "Complete these steps in the Accountability panel: " + link : linkLine);
        return lines;
    }

    String panelUrl(String issueKey) {
        String base = applicationProperties.getBaseUrl(UrlMode.ABSOLUTE);
        base = base == null ? "" : base.replaceAll("/+$", "");
        return base + "/browse/" + issueKey + "#" + PANEL_ANCHOR + issueKey;
    }

    /** Jira answers a missing key with the key itself; the core's English reason is the fallback then. */
    private static String text(I18nHelper i18n, String key, String fallback) {
        if (i18n == null) {
            return fallback;
        }
        String text = i18n.getText(key);
        return text == null || text.isBlank() || text.equals(key) ? fallback : text;
    }
}
