package com.allinaccountability.web.view;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.waiting.WaitingPage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The "Waiting for me" page ({@code waiting.vm}): one page of what waits for the viewer, most urgent first, with
 * links to the previous and next pages, and their digest frequency (changed through {@code PUT /myself/preferences}).
 */
public final class WaitingPageModel {
    private final WaitingPage page;
    private final List<WaitingLine> lines;
    private final DigestFrequency digest;
    private final WaitingLine.Style style;
    private final String restBaseUrl;

    public WaitingPageModel(WaitingPage page, DigestFrequency digest, WaitingLine.Style style, String restBaseUrl,
            Instant now) {
        this.page = page;
        this.digest = digest;
        this.style = style;
        this.restBaseUrl = restBaseUrl;
        LocalDate today = LocalDate.ofInstant(now, style.zone());
        this.lines = page.items().stream().map((WaitingItem item) -> style.line(item.step(), item.issue(), today))
                .toList();
    }

    public List<WaitingLine> getLines() {
        return lines;
    }

    public boolean isNothingWaiting() {
        return lines.isEmpty();
    }

    public String getCount() {
        return style.messages().format("accountability.waiting.count", page.total());
    }

    /** The previous page's address, or empty on the first page. */
    public String getPreviousUrl() {
        return page.startAt() == 0 ? "" : pageUrl(Math.max(0, page.startAt() - page.maxResults()));
    }

    /** The next page's address, or empty on the last page. */
    public String getNextUrl() {
        int next = page.startAt() + page.maxResults();
        return next < page.total() ? pageUrl(next) : "";
    }

    public List<OptionView> getDigestOptions() {
        return Arrays.stream(DigestFrequency.values())
                .map(f -> new OptionView(f.name(), style.messages().getText("accountability.digest.frequency."
                        + f.name()), f == digest))
                .toList();
    }

    public String getRestBaseUrl() {
        return restBaseUrl;
    }

    private String pageUrl(int startAt) {
        return style.links().waiting() + "?startAt=" + startAt + "&maxResults=" + page.maxResults();
    }
}
