package com.allinaccountability.jira.panel;

import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.jira.host.JiraCallers;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the issue view panel's context from the core's {@link AccountabilityService#view} for the logged-in user, so
 * the panel shows exactly what that user may see. An error never breaks the issue page: the panel is left out.
 *
 * <p>Wiring point for the web layer: when its panel view model and template land, replace {@link PanelSummary} with
 * that model here and point the descriptor's web-panel resource at its template.
 */
public final class AccountabilityPanelContextProvider extends AbstractJiraContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityPanelContextProvider.class);
    static final String MODEL = "accountability";

    private final AccountabilityService accountability;

    public AccountabilityPanelContextProvider(AccountabilityService accountability) {
        this.accountability = accountability;
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
            Outcome<RecordView> view = accountability.view(JiraCallers.of(user), jiraIssue.getKey());
            if (view instanceof Outcome.Done<RecordView> done) {
                context.put(MODEL, PanelSummary.of(done.value()));
            }
        } catch (RuntimeException e) {
            LOG.error("Could not build the accountability panel of {}; the issue page renders without it",
                    jiraIssue.getKey(), e);
        }
        return context;
    }
}
