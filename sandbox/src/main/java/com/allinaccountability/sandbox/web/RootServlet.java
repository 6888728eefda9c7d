package com.allinaccountability.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /jira/} goes to the sample project's issues; every other unmatched path gets the 404 page. */
public final class RootServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient NotFoundPages notFound;

    public RootServlet(NotFoundPages notFound) {
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/projects/ACC/issues");
            return;
        }
        notFound.page(request, response);
    }
}
