package com.allinaccountability.core.digest;

/**
 * What one digest run did.
 *
 * @param recordsIndexed records re-derived into the waiting index before the digests
 * @param sent digests the host accepted
 * @param failed digests the host refused (claimed again by the next run)
 * @param alreadySent digests of this period that an earlier run, or another node, sent or is sending
 */
public record DigestRun(int recordsIndexed, int sent, int failed, int alreadySent) {}
