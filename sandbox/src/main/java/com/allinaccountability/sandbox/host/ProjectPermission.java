package com.allinaccountability.sandbox.host;

/** The slice of Jira's permission scheme the sandbox models. Granted per user and project, each independently. */
public enum ProjectPermission {
    /** Browse projects: see the project's issues. */
    BROWSE,
    /** Edit issues, and transition them. */
    EDIT,
    /** Administer the project. */
    ADMIN
}
