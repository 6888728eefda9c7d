package com.allinaccountability.web.rest;

import com.allinaccountability.core.rules.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns a JSON body's loose values into the core's inputs, collecting what cannot be parsed per field. Absent texts
 * become empty strings (the core says which are required); absent dates become empty optionals.
 */
final class Parse {
    private final Violations violations = new Violations();

    String text(String value) {
        return value == null ? "" : value;
    }

    Optional<LocalDate> date(String field, String value) {
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

    long version(Long version) {
        if (version == null) {
            violations.field("version", "Required: the version of the record you last read (0 before it exists).");
            return -1;
        } else if (version < 0) {
            violations.field("version", "Must be 0 or more.");
        }
        return version;
    }

    boolean failed() {
        return violations.any();
    }

    Violations violations() {
        return violations;
    }
}
