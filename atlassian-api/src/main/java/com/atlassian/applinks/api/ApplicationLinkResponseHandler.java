package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

// Checked against: https://github.com/ (applinks-api source + decompiled copies via find_string, since 3.0)
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    R credentialsRequired(Response response) throws ResponseException;
}
