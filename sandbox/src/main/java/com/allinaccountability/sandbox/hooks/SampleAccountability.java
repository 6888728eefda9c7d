package com.allinaccountability.sandbox.hooks;

import java.util.List;

/**
 * Adds accountability records to the sample issues. Runs once per database, right after the sandbox has seeded its own
 * sample project (or on the first start that has this hook, for a database seeded before it existed); a marker row
 * in {@code SBX_META} keeps it from running twice. Each sample issue says, in {@link SampleIssueRef#storyline()}, which
 * stage and health flags it is meant to show.
 */
@FunctionalInterface
public interface SampleAccountability {

    SampleAccountability NONE = issues -> {};

    void seed(List<SampleIssueRef> issues);

    /** Gives generated issues ({@code --generate N}) records, one batch of keys at a time; nothing by default. */
    default void generated(List<String> issueKeys) {}

    /** Called once after the last batch of {@code --generate N}: e.g. to index what the batches stored. */
    default void generationDone() {}

    /** A seeded sample issue and what its accountability record should show. */
    record SampleIssueRef(String issueKey, long issueId, String storyline) {}
}
