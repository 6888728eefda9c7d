package com.allinaccountability.confluence;

import com.allinaccountability.web.report.MacroOutput;
import com.allinaccountability.web.report.MacroPeriod;
import com.allinaccountability.web.view.Messages;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Accountability report" macro: reads the project's report from Jira as the viewing user and renders the shared
 * report template. Every failure (no link, no authorisation or permission, Jira not answering, a bad parameter) shows
 * a Confluence warning box saying which, never a stack trace.
 */
public final class ReportMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMacro.class);
    /** Jira's default project key pattern: a letter, then letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");

    private final JiraReportClient jira;
    private final MacroOutput html;
    private final Clock clock;

    /**
     * The constructor Confluence's plugin container calls (constructor autowiring from the plugin's Spring context),
     * with the host's application link service and template renderer.
     */
    public ReportMacro(ApplicationLinkService links, TemplateRenderer renderer) {
        this(new JiraReportClient(links),
                new MacroOutput(new ConfluenceTemplates(renderer), Messages.english(), ZoneId.systemDefault()),
                Clock.systemDefaultZone());
    }

    ReportMacro(JiraReportClient jira, MacroOutput html, Clock clock) {
        this.jira = jira;
        this.html = html;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        String project = Optional.ofNullable(parameters.get("project")).map(String::trim).orElse("");
        if (!PROJECT_KEY.matcher(project).matches()) {
            return html.warning("accountability.macro.warning.project.title",
                    "accountability.macro.warning.project.body", project);
        }
        Optional<MacroPeriod> period = MacroPeriod.parse(parameters.get("period"));
        if (period.isEmpty()) {
            return html.warning("accountability.macro.warning.period.title",
                    "accountability.macro.warning.period.body", parameters.get("period"));
        }
        LocalDate today = LocalDate.now(clock);
        JiraReport answer = jira.fetch(project, Optional.of(period.get().from(today)), Optional.of(today));
        if (answer instanceof JiraReport.Fetched fetched) {
            try {
                return html.report(fetched.json());
            } catch (RuntimeException e) {
                LOG.warn("Could not render the accountability report of {} from Jira's answer", project, e);
                return html.warning("accountability.macro.warning.unreadable.title",
                        "accountability.macro.warning.unreadable.body", project);
            }
        }
        if (answer instanceof JiraReport.NoLink) {
            return html.warning("accountability.macro.warning.nolink.title",
                    "accountability.macro.warning.nolink.body", project);
        }
        if (answer instanceof JiraReport.NeedsAuthorisation authorisation) {
            return html.authorisationWarning(authorisation.authorisationUri());
        }
        if (answer instanceof JiraReport.NoPermission) {
            return html.warning("accountability.macro.warning.permission.title",
                    "accountability.macro.warning.permission.body", project);
        }
        if (answer instanceof JiraReport.Refused refused) {
            return html.warning("accountability.macro.warning.refused.title",
                    "accountability.macro.warning.refused.body", refused.message());
        }
        LOG.warn("Jira did not answer for the accountability report of {}: {}", project,
                ((JiraReport.Unreachable) answer).detail());
        return html.warning("accountability.macro.warning.unreachable.title",
                "accountability.macro.warning.unreachable.body", project);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
