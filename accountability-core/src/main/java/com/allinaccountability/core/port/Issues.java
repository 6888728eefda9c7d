package com.allinaccountability.core.port;

import com.allinaccountability.core.model.IssueFacts;
import java.util.Optional;

/** The host's issues (Jira's {@code IssueManager}, or the sandbox's own), as performance facts. */
public interface Issues {

    /** The issue with this key, or empty if there is none. Rights are not checked here; see {@link Rights}. */
    Optional<IssueFacts> byKey(String issueKey);

    Optional<IssueFacts> byId(long issueId);

    /**
     * The issues with these ids that still exist, in one round trip where the host can: reports call this for each
     * page of records they stream.
     */
    default java.util.Map<Long, IssueFacts> byIds(java.util.Collection<Long> issueIds) {
        java.util.Map<Long, IssueFacts> found = new java.util.HashMap<>();
        for (Long id : issueIds) {
            byId(id).ifPresent(facts -> found.put(id, facts));
        }
        return found;
    }

    /** The issues with these keys that exist, by key, in few round trips where the host can (generated data). */
    default java.util.Map<String, IssueFacts> byKeys(java.util.Collection<String> issueKeys) {
        java.util.Map<String, IssueFacts> found = new java.util.HashMap<>();
        for (String key : issueKeys) {
            byKey(key).ifPresent(facts -> found.put(key, facts));
        }
        return found;
    }

    /** The project's id, or empty if the host has no project with that key. */
    Optional<Long> projectId(String projectKey);
}
