package com.allinaccountability.jira.host;

import static com.allinaccountability.jira.JiraMocks.project;
import static com.allinaccountability.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.ProjectLead;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.UserKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

/**
 * Jira's users, languages, zones and project leads as the digests need them. SAL's {@code UserKey} is a compile-only
 * declaration here (its constructor throws), so the test intercepts its construction and remembers each key's value.
 */
class JiraDirectoryTest {
    private final UserManager users = mock(UserManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final JiraDirectory directory = new JiraDirectory(users, projects, locales, zones);
    private final Map<com.atlassian.sal.api.user.UserKey, String> salKeys = new IdentityHashMap<>();
    private MockedConstruction<com.atlassian.sal.api.user.UserKey> salKeyConstruction;

    @BeforeEach
    void salKeys() {
        salKeyConstruction = mockConstruction(com.atlassian.sal.api.user.UserKey.class,
                (key, context) -> salKeys.put(key, (String) context.arguments().get(0)));
        when(locales.getLocale(any())).thenAnswer(call -> switch (salKeys.get(call.getArgument(0))) {
            case "alice-key" -> Locale.GERMANY;
            default -> null;
        });
        when(zones.getUserTimeZone(any())).thenAnswer(call -> switch (salKeys.get(call.getArgument(0))) {
            case "alice-key" -> TimeZone.getTimeZone("Europe/Berlin");
            case "bob-key" -> throw new IllegalStateException("profile unreadable");
            default -> TimeZone.getTimeZone("Asia/Tokyo");
        });
    }

    @AfterEach
    void close() {
        salKeyConstruction.close();
    }

    private ApplicationUser person(String key, String name, String email, boolean active) {
        ApplicationUser user = user(key);
        when(user.getDisplayName()).thenReturn(name);
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    @Test
    void active_users_with_an_email_address_are_recipients_in_their_own_language_and_zone() {
        person("alice-key", "Alice Example", " alice@example.com ", true);

        Map<UserKey, Recipient> recipients = directory.recipients(List.of(UserKey.of("alice-key")));

        assertThat(recipients).containsExactly(Map.entry(UserKey.of("alice-key"), new Recipient(UserKey.of("alice-key"),
                "Alice Example", "alice@example.com", Locale.GERMANY, ZoneId.of("Europe/Berlin"))));
    }

    @Test
    void inactive_users_users_without_email_and_unknown_keys_get_no_digest() {
        person("carol-key", "Carol", "carol@example.com", false);
        person("dave-key", "Dave", "  ", true);
        person("erin-key", "Erin", null, true);

        assertThat(directory.recipients(List.of(UserKey.of("carol-key"), UserKey.of("dave-key"),
                UserKey.of("erin-key"), UserKey.of("deleted-key")))).isEmpty();
    }

    @Test
    void an_unreadable_language_or_zone_falls_back_to_the_defaults_rather_than_dropping_the_digest() {
        person("bob-key", "Bob", "bob@example.com", true);
        person("frank-key", null, "frank@example.com", true);

        Map<UserKey, Recipient> recipients = directory.recipients(List.of(UserKey.of("bob-key"),
                UserKey.of("frank-key")));

        assertThat(recipients.get(UserKey.of("bob-key")).locale()).isEqualTo(Locale.getDefault());
        assertThat(recipients.get(UserKey.of("bob-key")).zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(recipients.get(UserKey.of("frank-key")).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(recipients.get(UserKey.of("frank-key")).displayName()).as("no display name: the key")
                .isEqualTo("frank-key");
    }

    @Test
    void every_project_is_listed_with_its_lead_by_key() {
        Project acc = project(10L, "ACC");
        ApplicationUser lead = user("lead-key");
        when(acc.getProjectLead()).thenReturn(lead);
        Project ops = project(11L, "OPS");
        when(projects.getProjects()).thenReturn(List.of(acc, ops));

        assertThat(directory.projects()).containsExactly(
                new ProjectLead(10L, "ACC", "Project ACC", Optional.of(UserKey.of("lead-key"))),
                new ProjectLead(11L, "OPS", "Project OPS", Optional.empty()));
    }
}
