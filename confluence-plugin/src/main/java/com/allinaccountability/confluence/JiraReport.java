package com.allinaccountability.confluence;

import java.net.URI;

/** What asking Jira for a report gave: the report's JSON, or the reason there is none to show. */
public sealed interface JiraReport {

    /** Jira answered with the report. */
    record Fetched(String json) implements JiraReport {}

    /** Confluence has no application link to a Jira. */
    record NoLink() implements JiraReport {}

    /** The viewing user has not authorised Confluence to read Jira for them yet. */
    record NeedsAuthorisation(URI authorisationUri) implements JiraReport {}

    /** Jira refused the viewing user (401/403), or does not show them the project (404, as Jira answers). */
    record NoPermission(int status) implements JiraReport {}

    /** Jira refused the macro's parameters (400), with its message. */
    record Refused(String message) implements JiraReport {}

    /** Jira did not answer, or answered with an error of its own. */
    record Unreachable(String detail) implements JiraReport {}
}
