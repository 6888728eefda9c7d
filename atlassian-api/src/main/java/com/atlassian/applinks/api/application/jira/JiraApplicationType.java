package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

// Checked against: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/class-use/ApplicationLink.html (3.2)
// Checked against: https://docs.atlassian.com/atlassian-bamboo/6.0.0/com/atlassian/bamboo/applinks/JiraApplinksServiceImpl.html ("ApplicationType class that implements JiraApplicationType")
public interface JiraApplicationType extends ApplicationType {
}
