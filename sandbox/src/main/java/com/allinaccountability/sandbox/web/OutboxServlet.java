package com.allinaccountability.sandbox.web;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.Callers;
import com.allinaccountability.sandbox.auth.LoginServlet;
import com.allinaccountability.sandbox.host.SandboxRights;
import com.allinaccountability.sandbox.mail.Outbox;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /jira/outbox}: the mail the sandbox kept instead of sending (no {@code --smtp}), newest first, for
 * administrators only (everyone else gets the 404 page, as for a page they may not know of), with the "Send digests
 * now" button. Each mail's text part is shown as text; its HTML part is served on its own at {@code
 * /jira/outbox/{id}/html} into a sandboxed frame, under a policy that runs no script at all.
 */
public final class OutboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    /**
     * The mail's HTML runs nothing and loads nothing from anywhere ({@code sandbox} without {@code allow-scripts}:
     * a unique origin, no script, no form, no popup), only its own inline styles and inline images.
     */
    static final String MAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'self'";
    private static final Pattern HTML_PART = Pattern.compile("/(\\d{1,18})/html");

    private final transient Outbox outbox;
    private final transient SandboxRights rights;
    private final transient Pages pages;
    private final transient NotFoundPages notFound;
    private final transient ZoneId zone;
    private final String transportName;

    /** @param transportName where mail goes now, e.g. "the outbox" or "SMTP localhost:25", shown on the page */
    public OutboxServlet(Outbox outbox, SandboxRights rights, Pages pages, NotFoundPages notFound, ZoneId zone,
            String transportName) {
        this.outbox = outbox;
        this.rights = rights;
        this.pages = pages;
        this.notFound = notFound;
        this.zone = zone;
        this.transportName = transportName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = Callers.of(request);
        if (!caller.isSignedIn()) {
            LoginServlet.sendToLogin(request, response);
            return;
        }
        if (!rights.isAdministrator(caller)) {
            notFound.page(request, response);
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/")) {
            list(request, response);
            return;
        }
        Matcher html = HTML_PART.matcher(path);
        Optional<Outbox.StoredMail> mail = html.matches() ? outbox.byId(Long.parseLong(html.group(1)))
                : Optional.empty();
        if (mail.isEmpty()) {
            notFound.page(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", MAIL_POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(mail.get().mail().html());
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int total = outbox.count();
        int startAt = parseStart(request.getParameter("startAt"), total);
        List<OutboxView.Row> rows = outbox.newest(startAt, PAGE_SIZE).stream().map(stored -> new OutboxView.Row(
                stored.id(), stored.mail().toName(), stored.mail().toAddress(), stored.mail().subject(),
                Formats.dateTime(Optional.of(stored.storedAt()), zone), stored.mail().text())).toList();
        String range = total == 0 ? "No mail yet" : (startAt + 1) + "–" + (startAt + rows.size()) + " of " + total;
        int previous = startAt == 0 ? -1 : Math.max(0, startAt - PAGE_SIZE);
        int next = startAt + PAGE_SIZE < total ? startAt + PAGE_SIZE : -1;
        pages.render(request, response, HttpServletResponse.SC_OK, "Outbox", "outbox.vm", Map.of(
                "outbox", new OutboxView(transportName, range, rows, previous, next),
                "scripts", List.of("/static/sandbox/outbox.js")));
    }

    private static int parseStart(String value, int total) {
        try {
            int start = value == null ? 0 : Integer.parseInt(value);
            return Math.max(0, Math.min(start, Math.max(0, total - 1)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** What the outbox template shows; {@code previousStart}/{@code nextStart} are -1 when absent. */
    public record OutboxView(String transport, String rangeText, List<Row> rows, int previousStart, int nextStart) {

        /** One mail. */
        public record Row(long id, String toName, String toAddress, String subject, String storedAt, String text) {}
    }
}
