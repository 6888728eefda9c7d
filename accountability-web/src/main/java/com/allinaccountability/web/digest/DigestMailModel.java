package com.allinaccountability.web.digest;

import com.allinaccountability.web.view.OptionView;
import com.allinaccountability.web.view.WaitingLine;
import java.util.List;

/**
 * A digest as its mail shows it ({@code digest-mail.vm} renders the HTML part, {@link DigestMails} the text part from
 * the same model): texts already in the recipient's language; the renderer escapes them.
 */
public final class DigestMailModel {
    private final String title;
    private final String greeting;
    private final String intro;
    private final List<OptionView> counts;
    private final List<WaitingLine> lines;
    private final String more;
    private final String openAllText;
    private final String openAllUrl;
    private final String footer;

    DigestMailModel(String title, String greeting, String intro, List<OptionView> counts, List<WaitingLine> lines,
            String more, String openAllText, String openAllUrl, String footer) {
        this.title = title;
        this.greeting = greeting;
        this.intro = intro;
        this.counts = List.copyOf(counts);
        this.lines = List.copyOf(lines);
        this.more = more;
        this.openAllText = openAllText;
        this.openAllUrl = openAllUrl;
        this.footer = footer;
    }

    public String getTitle() {
        return title;
    }

    public String getGreeting() {
        return greeting;
    }

    public String getIntro() {
        return intro;
    }

    /** Per health flag (label, count as the value), for a lead's digest; empty for a personal one. */
    public List<OptionView> getCounts() {
        return counts;
    }

    public boolean isWithCounts() {
        return !counts.isEmpty();
    }

    public List<WaitingLine> getLines() {
        return lines;
    }

    /** "and 12 more", or empty. */
    public String getMore() {
        return more;
    }

    public String getOpenAllText() {
        return openAllText;
    }

    public String getOpenAllUrl() {
        return openAllUrl;
    }

    public String getFooter() {
        return footer;
    }
}
