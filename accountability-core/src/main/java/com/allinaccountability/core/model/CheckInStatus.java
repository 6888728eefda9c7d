package com.allinaccountability.core.model;

/** The owner's self-reported progress between alignment and verification. */
public enum CheckInStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
