package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;

// Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ConstantsManager.html (7.x, @PublicApi interface)
// getStatus(String id) is ASSUMED: the interface is confirmed, but the method list of the page was cut before the
// status accessors in the search corpus (getStatusObject(String) was the 6.x name). The Jira plugin calls it only in
// policy mode, to find the status category a transition leads to, and treats any failure there as "unknown target".
public interface ConstantsManager {
    Status getStatus(String id);
}
