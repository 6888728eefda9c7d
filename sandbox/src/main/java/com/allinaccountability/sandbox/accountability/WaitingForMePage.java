package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.waiting.WaitingPage;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.sandbox.hooks.HeaderLinks;
import com.allinaccountability.sandbox.hooks.SitePage;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import com.allinaccountability.web.view.WaitingLine;
import com.allinaccountability.web.view.WaitingPageModel;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Waiting for me" at {@code /jira/plugins/servlet/accountability/waiting}, where Jira serves it too (so digest mails'
 * links are the same in both hosts): the web layer's {@code waiting.vm} over {@link WaitingService#mine}, and the
 * header's link to it with the caller's count in an AUI badge.
 */
final class WaitingForMePage implements SitePage, HeaderLinks {
    /** The page's path under the context path, without the leading slash. */
    static final String NAME = WaitingLine.Links.WAITING_PATH.substring(1);
    static final int PAGE_SIZE = 50;

    private final WaitingService waiting;
    private final MyPreferences preferences;
    private final Templates templates;
    private final Messages messages;
    private final Clock clock;

    WaitingForMePage(WaitingService waiting, MyPreferences preferences, Templates templates, Messages messages,
            Clock clock) {
        this.waiting = waiting;
        this.preferences = preferences;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title(Caller caller) {
        return messages.getText("accountability.waiting.title");
    }

    @Override
    public String renderBodyHtml(Caller caller, String contextPath, Map<String, String> query) {
        int startAt = whole(query.get("startAt"), 0, 0, Integer.MAX_VALUE);
        int maxResults = whole(query.get("maxResults"), PAGE_SIZE, 1, WaitingService.MAX_PAGE);
        Outcome<WaitingPage> page = waiting.mine(caller, startAt, maxResults);
        Outcome<DigestFrequency> digest = preferences.digest(caller);
        if (!(page instanceof Outcome.Done<WaitingPage> lines)
                || !(digest instanceof Outcome.Done<DigestFrequency> frequency)) {
            return "";
        }
        // Links relative to the context path: the page is read where it is served.
        WaitingLine.Style style = new WaitingLine.Style(messages, Locale.ENGLISH, clock.getZone(),
                WaitingLine.Links.of(contextPath));
        return templates.render(Templates.WAITING, new WaitingPageModel(lines.value(), frequency.value(), style,
                contextPath + AccountabilityRestApi.BASE_PATH, clock.instant()), messages);
    }

    @Override
    public List<String> stylesheets() {
        return List.of("/static/accountability/accountability-panel.css");
    }

    @Override
    public List<String> scripts() {
        return List.of("/static/accountability/accountability-waiting.js");
    }

    @Override
    public List<Link> links(Caller caller) {
        return List.of(new Link("nav-waiting", messages.getText("accountability.waiting.link"), "/" + NAME,
                waiting.countMine(caller)));
    }

    /** A page address typed by hand: anything unreadable or out of range is the default, not an error page. */
    private static int whole(String value, int fallback, int min, int max) {
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.trim());
            return parsed < min || parsed > max ? fallback : parsed;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
