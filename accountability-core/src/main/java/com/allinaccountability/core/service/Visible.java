package com.allinaccountability.core.service;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.Rights;

/**
 * The issue or project a caller names, if it exists and the caller may see it; otherwise one "not found" that does not
 * tell the two apart (as Jira answers). Every service starts from one of these.
 */
public final class Visible {
    private Visible() {
    }

    public static Outcome<IssueFacts> issue(Issues issues, Rights rights, Caller caller, String issueKey) {
        return issues.byKey(issueKey).filter(facts -> rights.canBrowse(caller, facts))
                .<Outcome<IssueFacts>>map(Outcome::done)
                .orElseGet(() -> new Outcome.NotFound<>("Issue does not exist or you do not have permission to see it."));
    }

    /** The project's id. */
    public static Outcome<Long> project(Issues issues, Rights rights, Caller caller, String projectKey) {
        return issues.projectId(projectKey).filter(id -> rights.canBrowseProject(caller, id))
                .<Outcome<Long>>map(Outcome::done)
                .orElseGet(() -> new Outcome.NotFound<>("No project with key " + projectKey
                        + ", or you do not have permission to see it."));
    }
}
