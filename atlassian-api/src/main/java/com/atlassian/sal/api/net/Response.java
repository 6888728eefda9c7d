package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

// Checked against: https://github.com/ (decompiled SAL Response.java, search-index file id 42287872298; recent SAL)
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    InputStream getResponseBodyAsStream() throws ResponseException;

    String getStatusText();

    boolean isSuccessful();

    String getHeader(String name);

    Map<String, String> getHeaders();
}
