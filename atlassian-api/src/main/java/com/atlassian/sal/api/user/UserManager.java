package com.atlassian.sal.api.user;

// Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/user/ConfluenceUserManager.html (implementer, javax line)
// Checked against: https://docs.atlassian.com/atlassian-crowd/2.7.0/com/atlassian/sal/crowd/user/DefaultUserManager.html
// The HttpServletRequest overloads are deliberately omitted (javax on Jira 10/Confluence 9, jakarta on Platform
// 8: UNCONFIRMED).
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
