package com.allinaccountability.jira.panel;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PanelModel;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the issue view panel's context from the core's {@link AccountabilityService#view} for the logged-in user, as
 * the web layer's {@link PanelModel} for its {@code templates/accountability/panel.vm}: {@code $model}, and
 * {@code $i18n} as the web layer's {@link Messages} in the user's locale (the template calls
 * {@code $i18n.getText(String)} on it, which the allowlist names). Users who may not see the record get no
 * {@code $model} and the template renders nothing; an error never breaks the issue page.
 */
public final class AccountabilityPanelContextProvider extends AbstractJiraContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityPanelContextProvider.class);
    static final String MODEL = "model";
    static final String I18N = "i18n";

    private final AccountabilityService accountability;
    private final JiraAuthenticationContext authenticationContext;
    private final ApplicationProperties applicationProperties;

    public AccountabilityPanelContextProvider(AccountabilityService accountability,
            JiraAuthenticationContext authenticationContext, ApplicationProperties applicationProperties) {
        this.accountability = accountability;
        this.authenticationContext = authenticationContext;
        this.applicationProperties = applicationProperties;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Map getContextMap(ApplicationUser user, JiraHelper jiraHelper) {
        Map<String, Object> context = new HashMap<>();
        Object issue = jiraHelper == null || jiraHelper.getContextParams() == null
                ? null : jiraHelper.getContextParams().get("issue");
        if (!(issue instanceof Issue jiraIssue) || jiraIssue.getKey() == null) {
            return context;
        }
        try {
            Caller caller = JiraCallers.of(user);
            Outcome<RecordView> view = accountability.view(caller, jiraIssue.getKey());
            if (view instanceof Outcome.Done<RecordView> done) {
                Locale locale = authenticationContext.getLocale() == null
                        ? Locale.ENGLISH : authenticationContext.getLocale();
                Messages messages = new Messages(locale);
                String restBase = applicationProperties.getBaseUrl(UrlMode.RELATIVE) + AccountabilityRestApi.BASE_PATH;
                // Jira keeps per-user time zones behind an API we do not declare; the server's zone is used.
                context.put(MODEL, new PanelModel(done.value(), caller, restBase, messages, ZoneId.systemDefault()));
                context.put(I18N, messages);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not build the accountability panel of {}; the issue page renders without it",
                    jiraIssue.getKey(), e);
        }
        return context;
    }
}
