package com.allinaccountability.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is computed from the facts and the record: the date the owner agreed to, and how the resolution compares.
 *
 * @param daysLate positive when late, negative when early, measured at resolution (or today while unresolved and
 *     already past the agreed date); empty without an agreed date
 * @param onTime empty until the issue is resolved with an agreed date
 * @param daysFromAlignmentToResolution empty until aligned and resolved
 */
public record Performance(
        Optional<LocalDate> agreedDate, Optional<Long> daysLate, Optional<Boolean> onTime,
        Optional<Long> daysFromAlignmentToResolution) {}
