package com.allinaccountability.sandbox.web;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.Callers;
import com.allinaccountability.sandbox.auth.LoginServlet;
import com.allinaccountability.sandbox.hooks.SitePage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Serves one {@link SitePage} at {@code /jira/{name}}, for signed-in callers, inside the page layout. */
public final class SitePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SitePage page;
    private final transient Pages pages;
    private final transient NotFoundPages notFound;

    public SitePageServlet(SitePage page, Pages pages, NotFoundPages notFound) {
        this.page = page;
        this.pages = pages;
        this.notFound = notFound;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = Callers.of(request);
        if (!caller.isSignedIn()) {
            LoginServlet.sendToLogin(request, response);
            return;
        }
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            notFound.page(request, response);
            return;
        }
        Map<String, String> query = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                query.put(name, values[0]);
            }
        });
        String bodyHtml = page.renderBodyHtml(caller, request.getContextPath(), query);
        String title = page.title(caller);
        pages.render(request, response, HttpServletResponse.SC_OK, title, "site-page.vm", Map.of(
                "title", title,
                "pageHtml", bodyHtml,
                "stylesheets", page.stylesheets(),
                "scripts", page.scripts()));
    }
}
