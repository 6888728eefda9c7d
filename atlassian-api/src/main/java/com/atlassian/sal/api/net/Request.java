package com.atlassian.sal.api.net;

import java.util.List;
import java.util.Map;

// Checked against: https://github.com/ (decompiled SAL Request.java, search-index file id 41640553772; recent SAL with MethodType.PATCH)
public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setUrl(String url);

    T setRequestBody(String requestBody);

    T setRequestBody(String requestBody, String contentType);

    T addHeader(String headerName, String headerValue);

    T setHeader(String headerName, String headerValue);

    T setFollowRedirects(boolean follow);

    Map<String, List<String>> getHeaders();

    void execute(ResponseHandler<? super RESP> responseHandler) throws ResponseException;

    String execute() throws ResponseException;

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    enum MethodType {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        TRACE,
        OPTIONS,
        PATCH
    }
}
