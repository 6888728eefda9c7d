package com.allinaccountability.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the views show dates, times and durations: ISO dates, minutes in the viewer's zone, Jira-style durations. */
final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ZoneId zone;

    Formats(ZoneId zone) {
        this.zone = zone;
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    String time(Optional<Instant> instant) {
        return instant.map(this::time).orElse("");
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    /** Seconds as Jira shows them with its default 8-hour day: {@code 1d 2h 30m}. */
    static String duration(Optional<Long> seconds) {
        if (seconds.isEmpty()) {
            return "";
        }
        long minutes = seconds.get() / 60;
        long days = minutes / (8 * 60);
        long hours = (minutes % (8 * 60)) / 60;
        long rest = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (hours > 0) {
            out.append(hours).append("h ");
        }
        if (rest > 0 || out.isEmpty()) {
            out.append(rest).append("m");
        }
        return out.toString().trim();
    }
}
