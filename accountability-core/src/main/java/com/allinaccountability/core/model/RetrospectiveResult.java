package com.allinaccountability.core.model;

/** The owner's self-assessment of the outcome against the expectation they aligned to. */
public enum RetrospectiveResult {
    EXCEEDED,
    MET,
    PARTIALLY_MET,
    NOT_MET
}
