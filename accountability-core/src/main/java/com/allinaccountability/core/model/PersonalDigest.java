package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.List;

/**
 * What waits for one person, for one period of their {@link DigestFrequency}: the most urgent {@code lines} (at most
 * {@code DigestService.MAX_LINES}) of {@code total}.
 *
 * @param period the ledger's name of the period, e.g. {@code 2026-11-30} (daily) or {@code 2026-W49} (weekly)
 */
public record PersonalDigest(
        Recipient to, DigestFrequency frequency, String period, Instant asOf, List<WaitingItem> lines, int total) {

    public PersonalDigest {
        lines = List.copyOf(lines);
    }
}
