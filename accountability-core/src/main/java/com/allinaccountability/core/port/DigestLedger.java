package com.allinaccountability.core.port;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry per digest and period ("bob's weekly digest of 2026-W49"), so that a digest is sent once whatever the
 * number of nodes and restarts, and a failed one is sent again by the next run.
 *
 * <p>Claiming is the decision to send, taken atomically by the store (a unique key on recipient and period): of
 * several nodes deciding at the same moment, exactly one gets the claim.
 */
public interface DigestLedger {

    /**
     * Claims the digest for sending: true if there was no entry (one is made), or the entry failed before, or it was
     * claimed longer than {@code abandonedAfter} ago without being marked sent or failed (its node died mid-send);
     * false if it was sent, or another run holds a fresh claim.
     */
    boolean claim(String recipient, String period, Instant now, Duration abandonedAfter);

    /** The claimed digest went out. */
    void sent(String recipient, String period, Instant at);

    /** The claimed digest could not be sent; the next run claims it again. */
    void failed(String recipient, String period, Instant at, String reason);
}
