package com.atlassian.jira.issue.status.category;

import java.io.Serializable;

// Checked against: https://github.com/ (Jira source copy of StatusCategory.java, search-index file id 17076882824, since 6.1; package issue.status.category)
// The key constants TO_DO ("new"), IN_PROGRESS ("indeterminate"), COMPLETE ("done"), UNDEFINED are String
// constants and deliberately NOT declared (javac would inline them); compare getKey() with literals in the
// plugin.
public interface StatusCategory extends Serializable, Comparable<StatusCategory> {
    Long getId();

    String getKey();

    String getName();

    String getColorName();

    Long getSequence();
}
