package com.allinaccountability.core.port;

import com.allinaccountability.core.model.UserKey;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The host's people and projects as digests need them: whom to write to, in which language and zone. */
public interface Directory {

    /** The active users among {@code users} who have an email address, by key, in one round trip where the host can. */
    Map<UserKey, Recipient> recipients(Collection<UserKey> users);

    /** Every project, with its lead. */
    List<ProjectLead> projects();

    /** A person mail can be sent to. */
    record Recipient(UserKey user, String displayName, String email, Locale locale, ZoneId zone) {
        public Recipient {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** A project and its lead, if it has one. */
    record ProjectLead(long projectId, String projectKey, String projectName, Optional<UserKey> lead) {
        public ProjectLead {
            Objects.requireNonNull(projectKey, "projectKey");
            Objects.requireNonNull(projectName, "projectName");
            Objects.requireNonNull(lead, "lead");
        }
    }
}
