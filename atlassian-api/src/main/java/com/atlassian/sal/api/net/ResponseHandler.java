package com.atlassian.sal.api.net;

// Checked against: https://github.com/ (decompiled SAL Request.java, search-index file id 41640553772: execute(ResponseHandler<? super RESP>))
// Method shape ASSUMED from its sibling ReturningResponseHandler; not seen directly.
public interface ResponseHandler<T extends Response> {
    void handle(T response) throws ResponseException;
}
