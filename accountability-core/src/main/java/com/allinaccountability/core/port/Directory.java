package com.allinaccountability.core.port;

import com.allinaccountability.core.model.ProjectLead;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.UserKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The host's people and projects as digests need them: whom to write to, in which language and zone. */
public interface Directory {

    /** The active users among {@code users} who have an email address, by key, in one round trip where the host can. */
    Map<UserKey, Recipient> recipients(Collection<UserKey> users);

    /** Every project, with its lead. */
    List<ProjectLead> projects();
}
