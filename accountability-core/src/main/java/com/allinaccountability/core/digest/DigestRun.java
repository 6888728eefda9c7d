package com.allinaccountability.core.digest;

/**
 * What one digest run did.
 *
 * @param recordsIndexed records re-derived into the waiting index before the digests
 * @param sent digests the host accepted
 * @param failed digests the host refused (claimed again by the next run)
 * @param alreadySent digests of this period that an earlier run, or another node, sent or is sending
 * @param reconcileMillis how long the reconciliation of the waiting index took
 * @param personalMillis how long the personal digests took
 * @param projectMillis how long the project leads' digests took
 */
public record DigestRun(int recordsIndexed, int sent, int failed, int alreadySent, long reconcileMillis,
        long personalMillis, long projectMillis) {

    /** A run whose timings are not known (tests, hosts reporting only the counts). */
    public DigestRun(int recordsIndexed, int sent, int failed, int alreadySent) {
        this(recordsIndexed, sent, failed, alreadySent, 0, 0, 0);
    }
}
