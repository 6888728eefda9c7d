package com.atlassian.jira.plugin.webfragment.contextproviders;

import java.util.Map;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/contextproviders/AbstractJiraContextProvider.html (7.x, raw Map)
// Checked against: https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/contextprovider/GhHelpContextProvider.html (still extended in Jira Software 11.1)
@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class AbstractJiraContextProvider implements ContextProvider {
    // Left empty so plugin subclasses can be instantiated in unit tests; the methods carry no behaviour here.
    public AbstractJiraContextProvider() {
    }

    @Override
    public void init(Map params) throws PluginParseException {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public Map getContextMap(Map context) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public abstract Map getContextMap(ApplicationUser user, JiraHelper jiraHelper);
}
