package com.allinaccountability.core.model;

/** How often a person wants the digest of what waits for them; {@link #WEEKLY} until they choose. */
public enum DigestFrequency {
    DAILY,
    WEEKLY,
    NONE;

    public static final DigestFrequency DEFAULT = WEEKLY;
}
