package com.atlassian.jira.plugin.webfragment.model;

import java.util.Map;
import com.atlassian.jira.project.Project;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/model/JiraHelper.html (7.x)
// Deliberately without getRequest() and the HttpServletRequest constructors: Jira 10 uses javax.servlet, Jira 11
// jakarta.servlet (UNCONFIRMED in the 11.x javadoc), so a servlet type here would bind the plugin to one line.
public class JiraHelper {
    public JiraHelper() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Project getProject() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Map<String, Object> getContextParams() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public String getQueryString() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
