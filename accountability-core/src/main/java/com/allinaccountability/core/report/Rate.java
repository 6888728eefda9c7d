package com.allinaccountability.core.report;

/** A share of a whole, kept as its two counts so reports can show "7 of 9" as well as a percentage. */
public record Rate(int count, int of) {
    public Rate {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("A rate is 0 <= count <= of, not " + count + " of " + of);
        }
    }

    /** The percentage rounded to a whole number, or -1 when there is nothing to measure. */
    public int percent() {
        return of == 0 ? -1 : (int) Math.round(100.0 * count / of);
    }

    public boolean measurable() {
        return of > 0;
    }
}
