package com.atlassian.sal.api.user;

// Checked against: https://docs.atlassian.com/atlassian-confluence/5.6.1/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html (implementer; SAL)
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
