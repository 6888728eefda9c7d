package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;

import com.allinaccountability.ao.entity.DigestLedgerEntity;
import com.allinaccountability.core.port.DigestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/**
 * The core's {@link DigestLedger} on Active Objects: one {@link DigestLedgerEntity} row per recipient and period,
 * unique by {@code ENTRY_KEY}.
 *
 * <p>{@link #claim} first inserts a {@code CLAIMED} row: the unique key lets exactly one of several claimers in. A
 * claimer that finds the row taken then tries to take it over, in a transaction of its own, by a compare-and-set: one
 * {@code DELETE ... WHERE ENTRY_KEY = ? AND (STATE = 'FAILED' OR (STATE = 'CLAIMED' AND CLAIMED_AT < ?))}, and, if
 * that deleted the row, the insert of its own claim. (AO offers no {@code UPDATE ... WHERE}; a conditional delete is
 * the same atomic test: the database locks the row, a concurrent taker waits and then finds it gone or no longer
 * matching, deletes nothing and loses; an inserter meanwhile waits on the unique key and then fails.) So of any number
 * of concurrent claimers at most one wins, whatever the state. One statement when the entry is new, three when it is
 * taken over or held.
 */
public final class AoDigestLedger implements DigestLedger {

    static final String CLAIMED = "CLAIMED";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    /** Longer reasons are cut: they are for an administrator reading the table, not a log. */
    static final int MAX_REASON = 2000;

    private final AoSession session;
    private final Transactions transactions;

    public AoDigestLedger(AoSession session) {
        this.transactions = new Transactions(session);
        this.session = session;
    }

    @Override
    public boolean claim(String recipient, String period, Instant now, Duration abandonedAfter) {
        String key = key(recipient, period);
        Objects.requireNonNull(now, "now");
        if (abandonedAfter.isNegative()) {
            throw new IllegalArgumentException("abandonedAfter cannot be negative, was " + abandonedAfter);
        }
        long claimedAt = Columns.nanos(now);
        long abandonedBefore = Columns.nanos(now.minus(abandonedAfter));
        for (int attempt = 1; ; attempt++) {
            try {
                session.transaction(() -> {
                    session.createAll(DigestLedgerEntity.class, List.of(claimed(recipient, period, key, claimedAt)));
                    return null;
                });
                return true;
            } catch (RuntimeException taken) {
                if (!Conflicts.isUniqueViolation(taken)) {
                    // Refused for a concurrent transaction (a lock timeout, say) rather than for an existing entry:
                    // there may be none, so insert again instead of concluding that someone holds it.
                    if (attempt == Transactions.MAX_ATTEMPTS || !Conflicts.isRetryAsked(taken)) {
                        throw taken;
                    }
                    continue;
                }
            }
            try {
                return transactions.run(() -> {
                    int deleted = session.deleteWithSQL(DigestLedgerEntity.class, DigestLedgerEntity.ENTRY_KEY
                            + " = ? AND (" + DigestLedgerEntity.STATE + " = ? OR (" + DigestLedgerEntity.STATE
                            + " = ? AND " + DigestLedgerEntity.CLAIMED_AT + " < ?))",
                            key, FAILED, CLAIMED, abandonedBefore);
                    if (deleted == 0) {
                        return false;
                    }
                    session.createAll(DigestLedgerEntity.class, List.of(claimed(recipient, period, key, claimedAt)));
                    return true;
                });
            } catch (RuntimeException failure) {
                // The entry went between our insert and our take-over (a claimer saw it abandoned and took it, or it
                // was cleared): decide again from the start.
                if (attempt == Transactions.MAX_ATTEMPTS || !Conflicts.isConcurrentWrite(failure)) {
                    throw failure;
                }
            }
        }
    }

    @Override
    public void sent(String recipient, String period, Instant at) {
        finish(recipient, period, SENT, at, null);
    }

    @Override
    public void failed(String recipient, String period, Instant at, String reason) {
        Objects.requireNonNull(reason, "reason");
        String cut = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        finish(recipient, period, FAILED, at, Columns.nullIfEmpty(cut));
    }

    /** Marks the entry; one that is missing (its claim was lost, say) is made, so the outcome is never forgotten. */
    private void finish(String recipient, String period, String state, Instant at, String reason) {
        String key = key(recipient, period);
        long doneAt = Columns.nanos(Objects.requireNonNull(at, "at"));
        transactions.runAgainOnConcurrentWrite(() -> {
            DigestLedgerEntity[] rows = session.find(DigestLedgerEntity.class,
                    Query.select().where(DigestLedgerEntity.ENTRY_KEY + " = ?", key));
            if (rows.length == 0) {
                session.createAll(DigestLedgerEntity.class, List.of(columns(
                        DigestLedgerEntity.RECIPIENT, recipient,
                        DigestLedgerEntity.PERIOD, period,
                        DigestLedgerEntity.ENTRY_KEY, key,
                        DigestLedgerEntity.STATE, state,
                        DigestLedgerEntity.CLAIMED_AT, doneAt,
                        DigestLedgerEntity.DONE_AT, doneAt,
                        DigestLedgerEntity.REASON, reason)));
            } else {
                DigestLedgerEntity row = rows[0];
                row.setState(state);
                row.setDoneAt(doneAt);
                row.setReason(reason);
                row.save();
            }
            return null;
        });
    }

    private static Map<String, Object> claimed(String recipient, String period, String key, long at) {
        return columns(
                DigestLedgerEntity.RECIPIENT, recipient,
                DigestLedgerEntity.PERIOD, period,
                DigestLedgerEntity.ENTRY_KEY, key,
                DigestLedgerEntity.STATE, CLAIMED,
                DigestLedgerEntity.CLAIMED_AT, at);
    }

    /** {@code "<length of recipient>:<recipient>:<period>"}: no two pairs give the same text. */
    static String key(String recipient, String period) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(period, "period");
        if (recipient.isBlank() || period.isBlank()) {
            throw new IllegalArgumentException("A digest's recipient and period cannot be blank");
        }
        return Keys.fitted(recipient.length() + ":" + recipient + ":" + period);
    }
}
