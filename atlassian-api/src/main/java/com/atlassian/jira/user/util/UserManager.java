package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// Checked against: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (6.3.15)
// Checked against: https://github.com/ (Jira source copies implementing getUserByKey/getUserByName, search-index file ids 17588109291, 17203834960)
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
