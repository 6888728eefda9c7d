package com.atlassian.sal.api;

// Checked against: https://docs.atlassian.com/atlassian-bamboo/9.6.4/com/atlassian/sal/bamboo/BambooApplicationProperties.html (implementer)
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getVersion();

    String getBuildNumber();
}
