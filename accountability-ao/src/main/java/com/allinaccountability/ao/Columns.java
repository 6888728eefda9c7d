package com.allinaccountability.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** How the store writes values into columns and reads them back; see the entity package for the conventions. */
final class Columns {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Columns() {
    }

    /**
     * Nanoseconds since the epoch: exact, ordered, and a plain {@code BIGINT} on every database. Covers the years 1677
     * to 2262; an instant outside them is refused rather than stored wrongly.
     */
    static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The store keeps instants between 1677 and 2262; got " + instant, e);
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    static Long nanosOrNull(Optional<Instant> instant) {
        return instant.map(Columns::nanos).orElse(null);
    }

    static Optional<Instant> optionalInstant(Long nanos) {
        return nanos == null ? Optional.empty() : Optional.of(instant(nanos));
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static String dateOrNull(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    static Optional<LocalDate> optionalDate(String text) {
        return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    /** Empty text goes in as {@code NULL}: Oracle stores '' as {@code NULL} anyway, and AO refuses '' in some paths. */
    static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }

    static String emptyIfNull(String column) {
        return column == null ? "" : column;
    }

    /** Column values for an insert; {@code NULL}s are left out (the column's default is {@code NULL}). */
    static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }
}
