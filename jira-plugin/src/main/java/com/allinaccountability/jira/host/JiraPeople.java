package com.allinaccountability.jira.host;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.People;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Display names from Jira's user manager; a key Jira no longer knows (a deleted user) is shown as the key. */
public final class JiraPeople implements People {
    private final UserManager users;

    public JiraPeople(UserManager users) {
        this.users = users;
    }

    @Override
    public Map<UserKey, String> displayNames(Set<UserKey> keys) {
        Map<UserKey, String> names = new HashMap<>();
        for (UserKey key : keys) {
            ApplicationUser user = users.getUserByKey(key.value());
            if (user != null && user.getDisplayName() != null) {
                names.put(key, user.getDisplayName());
            }
        }
        return names;
    }
}
