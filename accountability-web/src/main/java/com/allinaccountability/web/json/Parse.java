package com.allinaccountability.web.json;

import com.allinaccountability.core.rules.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns a JSON body's loose values into the core's inputs, collecting what cannot be parsed per field. Absent texts
 * become empty strings (the core says which are required); absent dates become empty optionals. Used by the write
 * bodies ({@link Bodies}) and by resources for their query parameters.
 */
public final class Parse {
    private final Violations violations = new Violations();

    public String text(String value) {
        return value == null ? "" : value;
    }

    public Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(value);
            // ISO also reads signed years such as +999999999-12-31, on which any date arithmetic overflows.
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return Optional.of(date);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        violations.field(field, "Not a date: use yyyy-MM-dd, e.g. 2026-03-31.");
        return Optional.empty();
    }

    /** A whole-number query parameter, or {@code otherwise} when it is absent; {@code range} says what is allowed. */
    public int whole(String field, String value, int otherwise, String range) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.field(field, "Must be a whole number" + range + ".");
            return otherwise;
        }
    }

    public long version(Long version) {
        if (version == null) {
            violations.field("version", "Required: the version of the record you last read (0 before it exists).");
            return -1;
        } else if (version < 0) {
            violations.field("version", "Must be 0 or more.");
        }
        return version;
    }

    /** A write body's input and version, or this parse's violations if any field could not be read. */
    public <I> ParsedWrite<I> parsed(I input, Long version) {
        long read = version(version);
        return failed() ? new ParsedWrite.Unreadable<>(violations) : new ParsedWrite.Readable<>(input, read);
    }

    public boolean failed() {
        return violations.any();
    }

    public Violations violations() {
        return violations;
    }
}
