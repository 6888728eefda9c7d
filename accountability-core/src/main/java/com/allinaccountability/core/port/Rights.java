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

    /** Whether the caller administers the project. */
    boolean isProjectAdmin(Caller caller, long projectId);
}
