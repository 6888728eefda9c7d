package com.allinaccountability.core.port;

import com.allinaccountability.core.model.UserKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The host's user directory, for showing people by name: records keep user keys (stable when people are renamed),
 * screens show display names. One call per view, for everyone on the record.
 */
public interface People {

    /** A directory that knows no names: everyone is shown by their key. */
    People KEYS = users -> {
        Map<UserKey, String> names = new HashMap<>();
        users.forEach(user -> names.put(user, user.value()));
        return names;
    };

    /**
     * The display name of each of {@code users} the host knows; users it does not know (deleted, say) may be left
     * out, and are then shown by their key.
     */
    Map<UserKey, String> displayNames(Set<UserKey> users);
}
