package com.allinaccountability.sandbox.hooks;

/**
 * One digest run (waiting index reconciled, due digests sent), which the sandbox's scheduler starts every {@code
 * --digest-every} minutes on one node of a cluster at a time, as Jira runs a cluster-wide job on one node.
 */
@FunctionalInterface
public interface DigestJob {

    /** No digests: the sandbox without the accountability layer. */
    DigestJob NONE = () -> "no digests";

    /** Runs once; answers a one-line summary for the log. Throwing is logged, and the next round runs as usual. */
    String run() throws Exception;
}
