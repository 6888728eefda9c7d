package com.allinaccountability.jira.property;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@value AccountabilityProperty#KEY} issue property through Jira's {@link IssuePropertyService}, so that
 * Jira indexes it for JQL. The write skips Jira's permission check on purpose: it is the plugin's own derived summary,
 * written after the core already authorised the change, and the person who aligned or declared ownership need not be
 * allowed to edit the issue. It is made as the current user so Jira's audit shows who caused it.
 */
public class AccountabilityPropertyWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityPropertyWriter.class);

    private final IssuePropertyService issuePropertyService;
    private final JiraAuthenticationContext authenticationContext;
    /** Set while this thread stores the property, so listeners can tell the app's own write from anyone else's. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public AccountabilityPropertyWriter(
            IssuePropertyService issuePropertyService, JiraAuthenticationContext authenticationContext) {
        this.issuePropertyService = issuePropertyService;
        this.authenticationContext = authenticationContext;
    }

    /** @return whether Jira accepted the property; a refusal is logged, never thrown */
    public boolean write(long issueId, AccountabilityProperty property) {
        PropertyInput input = new PropertyInput(property.toJson(), AccountabilityProperty.KEY);
        EntityPropertyOptions options = new EntityPropertyOptions.Builder().skipPermissionChecks().build();
        var user = authenticationContext.getLoggedInUser();
        SetPropertyValidationResult validation =
                issuePropertyService.validateSetProperty(user, issueId, input, options);
        if (!validation.isValid()) {
            LOG.warn("Jira refused the accountability property of issue {}: {}", issueId,
                    validation.getErrorCollection());
            return false;
        }
        PropertyResult result;
        writing.set(Boolean.TRUE);
        try {
            result = issuePropertyService.setProperty(user, validation);
        } finally {
            writing.remove();
        }
        if (!result.isValid()) {
            LOG.warn("Jira did not store the accountability property of issue {}: {}", issueId,
                    result.getErrorCollection());
            return false;
        }
        return true;
    }

    /**
     * Whether this thread is inside {@link #write}: an event Jira publishes synchronously for the property being set
     * is then the echo of the app's own value.
     */
    public boolean isWritingOnThisThread() {
        return writing.get();
    }
}
