package com.allinaccountability.core.port;

import com.allinaccountability.core.model.IssueFacts;

/**
 * The host's permission scheme, asked by the service for every read and write so that every host enforces the same
 * rules. Implementations answer for the given caller, who may be anonymous.
 */
public interface Rights {

    /** Whether the caller may see the issue (project permission and issue security). */
    boolean canBrowse(Caller caller, IssueFacts issue);

    /** Whether the caller may edit the issue. */
    boolean canEdit(Caller caller, IssueFacts issue);

    /** Whether the caller may browse the project at all (to read its policy and reports). */
    boolean canBrowseProject(Caller caller, long projectId);

    /**
     * The ids of those issues the caller may browse, for reports that check a page of issues at a time; hosts whose
     * rights can be answered for many issues at once (per project, say) override it.
     */
    default java.util.Set<Long> browsable(Caller caller, java.util.Collection<IssueFacts> issues) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (IssueFacts issue : issues) {
            if (canBrowse(caller, issue)) {
                ids.add(issue.issueId());
            }
        }
        return ids;
    }

    /** Whether the caller administers the project. */
    boolean isProjectAdmin(Caller caller, long projectId);

    /**
     * Whether the caller administers the whole application (Jira's "Jira Administrators" global permission): app-wide
     * operations such as running the digests now. Hosts that have no such role answer no.
     */
    default boolean isAdministrator(Caller caller) {
        return false;
    }
}
