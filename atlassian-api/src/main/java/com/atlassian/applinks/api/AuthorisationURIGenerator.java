package com.atlassian.applinks.api;

import java.net.URI;

// Checked against: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkRequestFactory.html (3.2; superinterface)
public interface AuthorisationURIGenerator {
    URI getAuthorisationURI();

    URI getAuthorisationURI(URI callback);
}
