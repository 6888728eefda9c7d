package com.allinaccountability.jira.waiting;

import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.jira.host.JiraDirectory;
import com.allinaccountability.web.view.Templates;
import java.time.Clock;

/**
 * What the "Waiting for me" page needs besides Jira's page chrome, as one bean so that {@link WaitingPageServlet}
 * (created by the plugin system by constructor autowiring) takes two arguments.
 */
public record WaitingPageServices(JiraCallers callers, WaitingService waiting, MyPreferences preferences,
        JiraDirectory directory, Templates templates, Clock clock) {
}
