package com.atlassian.jira.project;

import com.atlassian.jira.exception.DataAccessException;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html (7.x; getProjectByCurrentKey)
// Checked against: https://github.com/ (Jira source copy of ProjectManager.java, search-index file id 17382758692; getProjectObj(Long) throws DataAccessException)
public interface ProjectManager {
    Project getProjectObj(Long id) throws DataAccessException;

    Project getProjectByCurrentKey(String projectKey);
}
