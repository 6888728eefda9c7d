package com.atlassian.applinks.api;

// Checked against: https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html (applinks-api latest on docs.atlassian.com, since 3.0)
// getApplicationLink(ApplicationId) throws TypeNotInstalledException: omitted.
public interface ApplicationLinkService {
    Iterable<ApplicationLink> getApplicationLinks();

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
