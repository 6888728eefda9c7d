package com.atlassian.jira.project;

import com.atlassian.jira.exception.DataAccessException;
import java.util.List;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html (7.x; getProjectByCurrentKey)
// Checked against: https://github.com/ (Jira source copy of ProjectManager.java, search-index file id 17382758692; getProjectObj(Long) throws DataAccessException)
// getProjects(): List<Project> in Jira 7+ plugin source copies (search-index ids 16797344891, 5266744918:
// "List<Project> projects = projectManager.getProjects()"); in 6.x it returned Collection<GenericValue> (id 17382758692).
public interface ProjectManager {
    Project getProjectObj(Long id) throws DataAccessException;

    Project getProjectByCurrentKey(String projectKey);

    List<Project> getProjects();
}
