package com.allinaccountability.sandbox.web;

import java.util.List;

/** What the issue page template shows; every value is ready to print (the template only escapes). */
public record IssueView(
        String key,
        String summary,
        String projectKey,
        String projectName,
        String type,
        String status,
        String statusLozengeClass,
        String resolution,
        String assignee,
        String reporter,
        String due,
        boolean overdue,
        String created,
        String resolved,
        String originalEstimate,
        String timeSpent,
        List<TransitionView> transitions,
        String noTransitionsReason,
        String panelHtml) {

    /** A transition button. */
    public record TransitionView(String id, String name) {}
}
