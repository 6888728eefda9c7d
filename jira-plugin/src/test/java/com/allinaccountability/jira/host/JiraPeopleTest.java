package com.allinaccountability.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.UserKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JiraPeopleTest {

    @Test
    void names_come_from_jira_and_unknown_keys_are_left_out() {
        UserManager users = mock(UserManager.class);
        ApplicationUser bob = mock(ApplicationUser.class);
        when(bob.getDisplayName()).thenReturn("Bob Brown");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(bob);

        assertThat(new JiraPeople(users).displayNames(Set.of(UserKey.of("JIRAUSER10100"), UserKey.of("gone"))))
                .containsExactly(java.util.Map.entry(UserKey.of("JIRAUSER10100"), "Bob Brown"));
    }
}
