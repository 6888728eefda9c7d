package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

// Checked against: https://github.com/ (applinks-api source copy of ApplicationLinkRequest.java via find_string, since 3.0)
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
