package com.allinaccountability.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Step 5, the owner's half: written by the owner or a co-owner.
 *
 * @param judgedRevision the expectation revision the owner aligned to; the retrospective is judged against that
 *     frozen snapshot, not against later edits
 */
public record Retrospective(
        RetrospectiveResult result, String evidence, String wentWell, String toImprove, String lessons,
                String nextCommitment,
        UserKey author, Instant at, int judgedRevision) {

    public Retrospective {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(wentWell, "wentWell");
        Objects.requireNonNull(toImprove, "toImprove");
        Objects.requireNonNull(lessons, "lessons");
        Objects.requireNonNull(nextCommitment, "nextCommitment");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }
}
