package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One digest of one period (the core's {@code DigestLedger}): {@code ENTRY_KEY}, unique, combines recipient and period
 * (AO 3.2.3's {@code @Unique} covers one column), so of several nodes inserting the same entry exactly one succeeds.
 * {@code STATE} is {@code CLAIMED}, {@code SENT} or {@code FAILED}.
 */
@Table(DigestLedgerEntity.TABLE)
public interface DigestLedgerEntity extends Entity {
    String TABLE = "DIGEST_LEDGER";

    String RECIPIENT = "RECIPIENT";
    String PERIOD = "PERIOD";
    String ENTRY_KEY = "ENTRY_KEY";
    String STATE = "STATE";
    String CLAIMED_AT = "CLAIMED_AT";
    String DONE_AT = "DONE_AT";
    String REASON = "REASON";

    @NotNull
    String getRecipient();

    void setRecipient(String recipient);

    @NotNull
    String getPeriod();

    void setPeriod(String period);

    @NotNull
    @Unique
    String getEntryKey();

    void setEntryKey(String recipientAndPeriod);

    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    long getClaimedAt();

    void setClaimedAt(long epochNanos);

    /** When it was marked sent or failed; {@code NULL} while claimed. */
    Long getDoneAt();

    void setDoneAt(Long epochNanos);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
