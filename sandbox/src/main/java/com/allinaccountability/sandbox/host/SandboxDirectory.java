package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.ProjectLead;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Directory;
import com.allinaccountability.sandbox.db.Jdbc;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's people and projects as digests need them ({@code SBX_USER}, {@code SBX_PROJECT}). Every sandbox user
 * is active; one without an email address is left out. A user's language and zone are their own when set, else
 * English and the sandbox's zone (the host's default, as Jira falls back to its default language and zone).
 */
public final class SandboxDirectory implements Directory {
    /** The language of users who never chose one. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    private final Jdbc jdbc;
    private final ZoneId defaultZone;

    public SandboxDirectory(Jdbc jdbc, ZoneId defaultZone) {
        this.jdbc = jdbc;
        this.defaultZone = defaultZone;
    }

    @Override
    public Map<UserKey, Recipient> recipients(Collection<UserKey> users) {
        Map<UserKey, Recipient> found = new HashMap<>();
        if (users.isEmpty()) {
            return found;
        }
        String placeholders = String.join(",", Collections.nCopies(users.size(), "?"));
        Object[] keys = users.stream().map(UserKey::value).toArray();
        for (Recipient recipient : jdbc.query("SELECT USER_KEY, DISPLAY_NAME, EMAIL, LOCALE_TAG, TIME_ZONE"
                + " FROM SBX_USER WHERE USER_KEY IN (" + placeholders + ") AND EMAIL <> ''",
                row -> new Recipient(UserKey.of(row.getString(1)), row.getString(2), row.getString(3),
                        locale(row.getString(4)), zone(row.getString(5))), keys)) {
            found.put(recipient.user(), recipient);
        }
        return found;
    }

    @Override
    public List<ProjectLead> projects() {
        return jdbc.query("SELECT ID, PROJECT_KEY, NAME, LEAD_USER FROM SBX_PROJECT ORDER BY ID",
                row -> new ProjectLead(row.getLong(1), row.getString(2), row.getString(3),
                        Optional.ofNullable(row.getString(4)).filter(lead -> !lead.isBlank()).map(UserKey::of)));
    }

    private static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT_LOCALE;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return DEFAULT_LOCALE;
        }
    }

    private ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }
}
