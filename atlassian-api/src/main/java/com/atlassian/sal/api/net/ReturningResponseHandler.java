package com.atlassian.sal.api.net;

// Checked against: https://github.com/ (SAL ReturningResponseHandler.java, search-index file ids 15808405519, 41955852133, since 2.2)
public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
