package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

// Checked against: https://github.com/ (applinks-api ApplicationLinkRequest.java, search-index file id 37509473868, since 3.0)
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
