package com.allinaccountability.core.digest;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Preferences;
import com.allinaccountability.core.service.Outcome;
import java.util.Map;
import java.util.Optional;

/** The signed-in person's own settings: nobody reads or changes anyone else's. */
public final class MyPreferences {
    private final Preferences preferences;

    public MyPreferences(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The caller's digest frequency. */
    public Outcome<DigestFrequency> digest(Caller caller) {
        if (caller.user().isEmpty()) {
            return new Outcome.NotSignedIn<>();
        }
        return Outcome.done(preferences.digest(caller.user().get()));
    }

    /** Sets the caller's digest frequency; it is required. */
    public Outcome<DigestFrequency> setDigest(Caller caller, Optional<DigestFrequency> frequency) {
        if (caller.user().isEmpty()) {
            return new Outcome.NotSignedIn<>();
        }
        if (frequency.isEmpty()) {
            return new Outcome.Invalid<>(Map.of("digest", "Required: DAILY, WEEKLY or NONE."), java.util.List.of());
        }
        preferences.setDigest(caller.user().get(), frequency.get());
        return Outcome.done(frequency.get());
    }
}
