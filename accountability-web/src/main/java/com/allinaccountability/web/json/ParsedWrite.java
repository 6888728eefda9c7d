package com.allinaccountability.web.json;

import com.allinaccountability.core.rules.Violations;

/**
 * A write's JSON body read as the core's input and the record version the caller last read, or the fields that could
 * not be read (a 400 before the core is asked).
 *
 * @param <I> the core's input for the write
 */
public sealed interface ParsedWrite<I> {

    record Readable<I>(I input, long version) implements ParsedWrite<I> {}

    record Unreadable<I>(Violations violations) implements ParsedWrite<I> {}
}
