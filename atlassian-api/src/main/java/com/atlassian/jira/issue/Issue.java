package com.atlassian.jira.issue;

import java.sql.Timestamp;
import com.atlassian.jira.entity.WithId;
import com.atlassian.jira.entity.WithKey;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (7.x)
// Checked against: https://docs.atlassian.com/jira-software/11.1.0-m0011/ (getStatus() seen through a Jira Software 11.1 wrapper)
// getIssueType() is ASSUMED (7.x name after getIssueTypeObject() was deprecated); the supertypes WithId/WithKey
// are needed for IssuePropertyService's bound.
public interface Issue extends WithId, WithKey {
    @Override
    Long getId();

    @Override
    String getKey();

    String getSummary();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    ApplicationUser getCreator();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getDueDate();

    Timestamp getResolutionDate();

    Long getOriginalEstimate();

    Long getEstimate();

    Long getTimeSpent();
}
