package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

// Checked against: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkRequestFactory.html (3.2)
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
