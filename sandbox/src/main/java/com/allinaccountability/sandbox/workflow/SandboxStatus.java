package com.allinaccountability.sandbox.workflow;

import com.allinaccountability.core.model.StatusCategory;
import java.util.Optional;

/** The sandbox workflow's statuses, with Jira's default ids and status categories. */
public enum SandboxStatus {
    TO_DO("10000", "To Do", StatusCategory.NEW),
    IN_PROGRESS("3", "In Progress", StatusCategory.INDETERMINATE),
    IN_REVIEW("10002", "In Review", StatusCategory.INDETERMINATE),
    DONE("10001", "Done", StatusCategory.DONE);

    private final String id;
    private final String displayName;
    private final StatusCategory category;

    SandboxStatus(String id, String displayName, StatusCategory category) {
        this.id = id;
        this.displayName = displayName;
        this.category = category;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public StatusCategory category() {
        return category;
    }

    public static Optional<SandboxStatus> byName(String name) {
        for (SandboxStatus status : values()) {
            if (status.displayName.equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Jira's status category ids, names and colours, as its REST API shows them. */
    public static int categoryId(StatusCategory category) {
        return switch (category) {
            case NEW -> 2;
            case INDETERMINATE -> 4;
            case DONE -> 3;
        };
    }

    public static String categoryName(StatusCategory category) {
        return switch (category) {
            case NEW -> "To Do";
            case INDETERMINATE -> "In Progress";
            case DONE -> "Done";
        };
    }

    public static String categoryColour(StatusCategory category) {
        return switch (category) {
            case NEW -> "blue-gray";
            case INDETERMINATE -> "yellow";
            case DONE -> "green";
        };
    }
}
