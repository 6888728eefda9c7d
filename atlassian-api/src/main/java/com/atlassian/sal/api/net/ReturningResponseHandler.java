package com.atlassian.sal.api.net;

// Checked against: https://github.com/ (SAL ReturningResponseHandler.java source + decompiled copy via find_string, since 2.2)
public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
