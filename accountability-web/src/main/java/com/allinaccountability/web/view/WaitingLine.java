package com.allinaccountability.web.view;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.WaitingStep;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of "Waiting for me", on the page and in a digest: the issue (key, link, summary), what to do, and since when
 * and by when, in the reader's language and zone. Values are plain text; the renderer escapes them.
 */
public final class WaitingLine {
    private final String issueKey;
    private final String issueUrl;
    private final String summary;
    private final String action;
    private final String detail;
    private final boolean overdue;

    public WaitingLine(String issueKey, String issueUrl, String summary, String action, String detail, boolean overdue) {
        this.issueKey = issueKey;
        this.issueUrl = issueUrl;
        this.summary = summary;
        this.action = action;
        this.detail = detail;
        this.overdue = overdue;
    }

    /** How lines are written for one reader: their texts, zone and the host's links. */
    public record Style(Messages messages, Locale locale, ZoneId zone, Links links) {
        /** Jira's default date style ("10 Dec 2026"), in the reader's language. */
        public DateTimeFormatter dates() {
            return DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        }

        /** The line of a step of {@code issue}, as of {@code today} in the reader's zone. */
        public WaitingLine line(WaitingStep step, IssueFacts issue, LocalDate today) {
            return new WaitingLine(issue.issueKey(), links.issue(issue.issueKey()), issue.summary(),
                    action(step.action()), detail(step), step.isOverdue(today));
        }

        public String action(NextAction action) {
            return messages.getText("accountability.action." + action.name());
        }

        private String detail(WaitingStep step) {
            DateTimeFormatter dates = dates();
            List<String> parts = new ArrayList<>();
            parts.add(messages.format("accountability.waiting.since",
                    dates.format(step.since().atZone(zone).toLocalDate())));
            date(step.agreedDate(), "accountability.waiting.agreed", parts);
            if (step.agreedDate().isEmpty()) {
                date(step.targetDate(), "accountability.waiting.target", parts);
            }
            date(step.dueDate(), "accountability.waiting.due", parts);
            return String.join(" \u00b7 ", parts);
        }

        private void date(Optional<LocalDate> date, String key, List<String> parts) {
            date.ifPresent(d -> parts.add(messages.format(key, dates().format(d))));
        }
    }

    /** The host's addresses for issues and the "Waiting for me" page. */
    public record Links(String baseUrl, String waitingPath) {
        /** Where both hosts serve the "Waiting for me" page, under the base URL. */
        public static final String WAITING_PATH = "/plugins/servlet/accountability/waiting";

        public static Links of(String baseUrl) {
            return new Links(baseUrl, WAITING_PATH);
        }

        public String issue(String issueKey) {
            return baseUrl + "/browse/" + java.net.URLEncoder.encode(issueKey, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String waiting() {
            return baseUrl + waitingPath;
        }
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueUrl() {
        return issueUrl;
    }

    public String getSummary() {
        return summary;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isOverdue() {
        return overdue;
    }
}
