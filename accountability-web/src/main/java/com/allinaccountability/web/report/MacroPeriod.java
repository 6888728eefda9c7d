package com.allinaccountability.web.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The report macro's "period" parameter: the last few weeks up to today. Shared by the Confluence macro and the
 * sandbox's Confluence-like page, so both accept the same values.
 */
public enum MacroPeriod {
    LAST_4_WEEKS(4),
    LAST_13_WEEKS(13),
    LAST_26_WEEKS(26),
    LAST_52_WEEKS(52);

    private final int weeks;

    MacroPeriod(int weeks) {
        this.weeks = weeks;
    }

    public LocalDate from(LocalDate today) {
        return today.minusWeeks(weeks).plusDays(1);
    }

    /** The parameter value as the macro browser stores it ({@code last-13-weeks}); empty means the default. */
    public static Optional<MacroPeriod> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(LAST_13_WEEKS);
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MacroPeriod period : values()) {
            if (period.name().equals(name)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
