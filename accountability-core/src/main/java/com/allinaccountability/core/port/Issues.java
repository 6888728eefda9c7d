package com.allinaccountability.core.port;

import com.allinaccountability.core.model.IssueFacts;
import java.util.Optional;

/** The host's issues (Jira's {@code IssueManager}, or the sandbox's own), as performance facts. */
public interface Issues {

    /** The issue with this key, or empty if there is none. Rights are not checked here; see {@link Rights}. */
    Optional<IssueFacts> byKey(String issueKey);

    Optional<IssueFacts> byId(long issueId);

    /** The project's id, or empty if the host has no project with that key. */
    Optional<Long> projectId(String projectKey);
}
