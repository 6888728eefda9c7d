package com.allinaccountability.core.model;

/** The owner's self-assessment of the outcome against the expectation they aligned to. */
public enum Result {
    EXCEEDED,
    MET,
    PARTIALLY_MET,
    NOT_MET
}
