package com.allinaccountability.sandbox.host;

import java.util.List;

/** The issue types of the sandbox, named as Jira Software names them. */
public final class IssueTypes {
    public static final String STORY = "Story";
    public static final String TASK = "Task";
    public static final String BUG = "Bug";
    public static final String EPIC = "Epic";
    public static final String SUB_TASK = "Sub-task";
    public static final List<String> ALL = List.of(STORY, TASK, BUG, EPIC, SUB_TASK);

    private IssueTypes() {}
}
