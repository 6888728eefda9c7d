package com.allinaccountability.jira.host;

import com.allinaccountability.core.model.ProjectLead;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Directory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digests' {@link Directory} over Jira: users from Jira's user manager (active, with an email address), their
 * language from SAL's {@link LocaleResolver} and their time zone from SAL's {@link TimeZoneManager} (both answer the
 * user's own profile setting, else Jira's default), and every project with its lead.
 *
 * <p>"One round trip where the host can": Jira's user manager has no look-up of many keys at once in the API we
 * declare, so users are resolved one key at a time, from Jira's in-memory user cache. A user whose language or zone
 * cannot be read gets the JVM's defaults rather than no digest.
 */
public final class JiraDirectory implements Directory {
    private static final Logger LOG = LoggerFactory.getLogger(JiraDirectory.class);

    private final UserManager users;
    private final ProjectManager projects;
    private final LocaleResolver locales;
    private final TimeZoneManager zones;

    public JiraDirectory(UserManager users, ProjectManager projects, LocaleResolver locales, TimeZoneManager zones) {
        this.users = users;
        this.projects = projects;
        this.locales = locales;
        this.zones = zones;
    }

    @Override
    public Map<UserKey, Recipient> recipients(Collection<UserKey> keys) {
        Map<UserKey, Recipient> recipients = new LinkedHashMap<>();
        for (UserKey key : new LinkedHashSet<>(keys)) {
            ApplicationUser user = users.getUserByKey(key.value());
            if (user == null || !user.isActive() || isBlank(user.getEmailAddress())) {
                continue;
            }
            String name = isBlank(user.getDisplayName()) ? key.value() : user.getDisplayName();
            recipients.put(key, new Recipient(key, name, user.getEmailAddress().strip(), locale(key), zone(key)));
        }
        return recipients;
    }

    @Override
    public List<ProjectLead> projects() {
        List<ProjectLead> leads = new ArrayList<>();
        for (Project project : projects.getProjects()) {
            ApplicationUser lead = project.getProjectLead();
            Optional<UserKey> leadKey = lead == null || isBlank(lead.getKey()) ? Optional.empty()
                    : Optional.of(UserKey.of(lead.getKey()));
            leads.add(new ProjectLead(project.getId(), project.getKey(),
                    project.getName() == null ? project.getKey() : project.getName(), leadKey));
        }
        return leads;
    }

    /** A user's own time zone (their profile's, else Jira's default): the zone "Waiting for me" shows dates in. */
    public ZoneId zone(UserKey user) {
        try {
            TimeZone zone = zones.getUserTimeZone(salKey(user));
            return zone != null ? zone.toZoneId() : ZoneId.systemDefault();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the time zone of user {}; {} is used", user, ZoneId.systemDefault(), e);
            return ZoneId.systemDefault();
        }
    }

    private Locale locale(UserKey user) {
        try {
            Locale locale = locales.getLocale(salKey(user));
            return locale != null ? locale : Locale.getDefault();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the language of user {}; their digest uses {}", user, Locale.getDefault(), e);
            return Locale.getDefault();
        }
    }

    private static com.atlassian.sal.api.user.UserKey salKey(UserKey user) {
        return new com.atlassian.sal.api.user.UserKey(user.value());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
