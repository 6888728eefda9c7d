package com.atlassian.applinks.api;

import java.net.URI;

// Checked against: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/class-use/ApplicationLink.html (3.2)
// getId()/getType() omitted (ApplicationId not needed).
public interface ApplicationLink {
    String getName();

    URI getDisplayUrl();

    URI getRpcUrl();

    boolean isPrimary();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    ApplicationLinkRequestFactory createImpersonatingAuthenticatedRequestFactory();
}
