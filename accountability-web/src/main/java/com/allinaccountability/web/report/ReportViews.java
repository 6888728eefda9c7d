package com.allinaccountability.web.report;

import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import java.time.ZoneId;

/** Renders a report as HTML (the sandbox page, Jira's REST answer, the Confluence macro) or as storage format. */
public final class ReportViews {
    public static final String HTML = Templates.TEMPLATES + "report.vm";
    public static final String STORAGE = Templates.TEMPLATES + "report-storage.vm";

    private final Templates views;

    /** @param views the host's renderer: the sandbox's Velocity engine, Jira's template renderer in the plugin */
    public ReportViews(Templates views) {
        this.views = views;
    }

    public String html(ProjectReport report, Messages messages, ZoneId zone) {
        return views.render(HTML, new ReportModel(report, messages, zone), messages);
    }

    /**
     * Confluence storage format: XHTML with Confluence's {@code ac:} macro elements, ready to paste into a page. One
     * well-formed XML fragment whatever the records hold: a character XML cannot hold is replaced, not written.
     */
    public String storage(ProjectReport report, Messages messages, ZoneId zone) {
        return XmlCharacters.wellFormed(views.render(STORAGE, new ReportModel(report, messages, zone), messages));
    }
}
