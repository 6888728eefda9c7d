package com.allinaccountability.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /jira/status}, answered as Jira answers it. Deliberately does nothing else (no database, no session): it
 * is the health check and the floor that the panel endpoint's throughput is measured against.
 */
public final class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] RUNNING = "{\"state\":\"RUNNING\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(RUNNING.length);
        response.getOutputStream().write(RUNNING);
    }
}
