package com.allinaccountability.web.report;

import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import java.net.URI;
import java.time.ZoneId;

/**
 * What the Confluence "Accountability report" macro shows: the shared report template over the JSON Jira answered,
 * or a Confluence warning box saying why there is no report. The sandbox's Confluence-like page renders through the
 * same class, so what is seen there is what the macro shows.
 */
public final class MacroOutput {
    public static final String WARNING = Templates.TEMPLATES + "macro-warning.vm";

    private final Templates views;
    private final ReportViews reports;
    private final Messages messages;
    private final ZoneId zone;

    /**
     * @param views the host's renderer: the sandbox's Velocity engine, or Confluence's template renderer in the macro
     */
    public MacroOutput(Templates views, Messages messages, ZoneId zone) {
        this.views = views;
        this.reports = new ReportViews(views);
        this.messages = messages;
        this.zone = zone;
    }

    /** The report Jira answered, as HTML; throws {@link IllegalArgumentException} if the answer is not a report. */
    public String report(String reportJson) {
        return reports.html(ReportJson.read(reportJson), messages, zone);
    }

    /** A warning box with a localized title and body; {@code detail} fills the body's {0}. */
    public String warning(String titleKey, String bodyKey, String detail) {
        return views.render(WARNING, new Warning(messages.getText(titleKey),
                messages.format(bodyKey, detail == null ? "" : detail), "", ""), messages);
    }

    /** A warning box with the link where the viewer lets Confluence read Jira for them. */
    public String authorisationWarning(URI authorisationUri) {
        return views.render(WARNING, new Warning(messages.getText("accountability.macro.warning.authorise.title"),
                messages.getText("accountability.macro.warning.authorise.body"),
                authorisationUri == null ? "" : authorisationUri.toString(),
                messages.getText("accountability.macro.warning.authorise.link")), messages);
    }

    /** The warning box's texts, escaped by the template. */
    public static final class Warning {
        private final String title;
        private final String body;
        private final String link;
        private final String linkText;

        Warning(String title, String body, String link, String linkText) {
            this.title = title;
            this.body = body;
            this.link = link;
            this.linkText = linkText;
        }

        public String getTitle() {
            return title;
        }

        public String getBody() {
            return body;
        }

        /** Only http(s) links are shown, so a link can never run script. */
        public String getLink() {
            return link.startsWith("https://") || link.startsWith("http://") ? link : "";
        }

        public String getLinkText() {
            return linkText;
        }
    }
}
