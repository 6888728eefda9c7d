package com.allinaccountability.sandbox.web;

import com.allinaccountability.core.model.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the sandbox pages show dates, durations and statuses, close to Jira's defaults. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
            Locale.ENGLISH);
    static final String NONE = "None";

    private Formats() {}

    static String date(Optional<LocalDate> date) {
        return date.map(DATE::format).orElse(NONE);
    }

    static String dateTime(Optional<Instant> instant, ZoneId zone) {
        return instant.map(i -> DATE_TIME.format(i.atZone(zone))).orElse(NONE);
    }

    /** Jira's duration format with its default working time: 1d = 8h, 1w = 5d. */
    static String duration(Optional<Long> seconds) {
        if (seconds.isEmpty()) {
            return "Not specified";
        }
        long minutes = seconds.get() / 60;
        if (minutes == 0) {
            return "0m";
        }
        long weeks = minutes / (5 * 8 * 60);
        minutes %= 5 * 8 * 60;
        long days = minutes / (8 * 60);
        minutes %= 8 * 60;
        long hours = minutes / 60;
        minutes %= 60;
        StringBuilder text = new StringBuilder();
        append(text, weeks, "w");
        append(text, days, "d");
        append(text, hours, "h");
        append(text, minutes, "m");
        return text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(amount).append(unit);
        }
    }

    static String lozengeClass(StatusCategory category) {
        return switch (category) {
            case NEW -> "aui-lozenge-subtle";
            case INDETERMINATE -> "aui-lozenge-inprogress";
            case DONE -> "aui-lozenge-success";
        };
    }
}
