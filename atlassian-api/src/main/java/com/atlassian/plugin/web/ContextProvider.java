package com.atlassian.plugin.web;

import java.util.Map;
import com.atlassian.plugin.PluginParseException;

// Checked against: https://docs.atlassian.com/jira-software/11.2.0/com/atlassian/greenhopper/web/contextprovider/AgileIssueWebPanelContextProvider.html (implemented in Jira Software 11.2.0; signatures from jira/7.0.8 TimeTrackingViewIssueContextProvider.html)
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
