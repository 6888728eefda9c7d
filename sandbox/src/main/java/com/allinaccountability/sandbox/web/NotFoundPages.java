package com.allinaccountability.sandbox.web;

import com.allinaccountability.sandbox.auth.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The 404 pages: Jira's "does not exist or you do not have permission" for issues and projects, and a plain one. */
public final class NotFoundPages {

    private final Pages pages;

    public NotFoundPages(Pages pages) {
        this.pages = pages;
    }

    /** Same answer for unknown and hidden issues, so that a key's existence does not leak. */
    public void issue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "Issue does not exist",
                "The issue you are trying to view does not exist or you do not have permission to view it.");
    }

    public void project(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "Project does not exist",
                "The project you are trying to view does not exist or you do not have permission to view it.");
    }

    public void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "Page not found", "The page you are looking for does not exist.");
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String heading, String message)
            throws IOException {
        boolean anonymous = !Callers.of(request).isSignedIn();
        String destination = request.getRequestURI().substring(request.getContextPath().length());
        pages.render(request, response, HttpServletResponse.SC_NOT_FOUND, heading, "not-found.vm", Map.of(
                "heading", heading,
                "message", message,
                "suggestLogin", anonymous,
                "destination", URLEncoder.encode(destination, StandardCharsets.UTF_8)));
    }
}
