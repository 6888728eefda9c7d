package com.allinaccountability.core.port;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.DigestFrequency;
import java.util.Collection;
import java.util.Map;

/** Each person's own settings for the app. Users who never chose have the defaults. */
public interface Preferences {

    /** The user's digest frequency, {@link DigestFrequency#DEFAULT} if they never chose one. */
    DigestFrequency digest(UserKey user);

    /** The digest frequency of each of {@code users} (defaults included), in one query. */
    Map<UserKey, DigestFrequency> digests(Collection<UserKey> users);

    void setDigest(UserKey user, DigestFrequency frequency);
}
