package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

// Checked against: https://github.com/ (decompiled SAL Response.java via find_string; recent SAL)
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    InputStream getResponseBodyAsStream() throws ResponseException;

    String getStatusText();

    boolean isSuccessful();

    String getHeader(String name);

    Map<String, String> getHeaders();
}
