package com.allinaccountability.jira.waiting;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.waiting.WaitingPage;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.jira.admin.JiraPageChrome;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import com.allinaccountability.web.view.WaitingLine;
import com.allinaccountability.web.view.WaitingPageModel;
import com.atlassian.sal.api.UrlMode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * "Waiting for me" at {@code /plugins/servlet/accountability/waiting?startAt=&maxResults=}, linked from the user
 * (profile) menu's personal section. The list is the web layer's: {@link WaitingPageModel} rendered from
 * {@link Templates#WAITING} by Jira's renderer, the same model and template the sandbox shows, with the digest
 * preference saved by the web layer's script through {@code PUT /rest/accountability/1.0/myself/preferences}. Dates
 * are in the viewer's own time zone, texts in their language. This class only adds Jira's page chrome ({@value #PAGE}:
 * the general decorator).
 */
public final class WaitingPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PAGE = "templates/jira/waiting/waiting-page.vm";
    /** The page's script and style (the descriptor's web-resource of that key), required by this page only. */
    static final String WEB_RESOURCE = "com.allinaccountability.accountability:accountability-waiting-resources";
    static final int DEFAULT_PAGE = 50;

    private final transient WaitingPageServices services;
    private final transient JiraPageChrome chrome;

    public WaitingPageServlet(WaitingPageServices services, JiraPageChrome chrome) {
        this.services = services;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = services.callers().current();
        if (!caller.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        int startAt = whole(request.getParameter("startAt"), 0, 0, Integer.MAX_VALUE);
        int maxResults = whole(request.getParameter("maxResults"), DEFAULT_PAGE, 1, WaitingService.MAX_PAGE);
        Outcome<WaitingPage> page = services.waiting().mine(caller, startAt, maxResults);
        if (!(page instanceof Outcome.Done<WaitingPage> done)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DigestFrequency digest = services.preferences().digest(caller) instanceof Outcome.Done<DigestFrequency> d
                ? d.value() : DigestFrequency.DEFAULT;
        Locale locale = Objects.requireNonNullElse(chrome.authenticationContext().getLocale(), Locale.ENGLISH);
        ZoneId zone = services.directory().zone(caller.user().get());
        String base = chrome.applicationProperties().getBaseUrl(UrlMode.RELATIVE);
        Messages messages = new Messages(locale);
        WaitingLine.Style style = new WaitingLine.Style(messages, locale, zone, WaitingLine.Links.of(base));
        WaitingPageModel model = new WaitingPageModel(done.value(), digest, style,
                base + AccountabilityRestApi.BASE_PATH, services.clock().instant());

        Map<String, Object> context = new HashMap<>();
        context.put("title", messages.getText("accountability.waiting.title"));
        // Rendered and escaped by Jira's renderer already; a scalar named ...Html is inserted as it is.
        context.put("waitingHtml", services.templates().render(Templates.WAITING, model, messages));
        chrome.pageBuilder().assembler().resources().requireWebResource(WEB_RESOURCE);
        response.setContentType("text/html;charset=UTF-8");
        chrome.renderer().render(PAGE, context, response.getWriter());
    }

    /** A whole number from a query parameter, the default when absent or not a number, kept within bounds. */
    static int whole(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
