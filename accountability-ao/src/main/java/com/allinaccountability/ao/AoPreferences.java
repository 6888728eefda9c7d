package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;

import com.allinaccountability.ao.entity.PreferenceEntity;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Preferences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/**
 * The core's {@link Preferences} on Active Objects: one {@link PreferenceEntity} row per user who chose anything.
 * {@link #digest} is one query, {@link #digests} one per 500 users; {@link #setDigest} replaces the user's row (delete,
 * insert) in one transaction, and a concurrent setter of the same user is told apart by the unique {@code USER_KEY} and
 * run again, so the last to commit wins and there is never a second row.
 */
public final class AoPreferences implements Preferences {

    private static final String SELECT = String.join(",", PreferenceEntity.USER_KEY, PreferenceEntity.DIGEST);

    private final AoSession session;
    private final Transactions transactions;

    public AoPreferences(AoSession session) {
        this.transactions = new Transactions(session);
        this.session = session;
    }

    @Override
    public DigestFrequency digest(UserKey user) {
        Objects.requireNonNull(user, "user");
        return digests(List.of(user)).get(user);
    }

    @Override
    public Map<UserKey, DigestFrequency> digests(Collection<UserKey> users) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(users.stream().map(UserKey::value).toList()));
        Map<String, DigestFrequency> chosen = new HashMap<>();
        Pages.slices(keys, Pages.DEFAULT_SIZE, slice -> session.stream(PreferenceEntity.class,
                Query.select(SELECT).where(Pages.in(PreferenceEntity.USER_KEY, slice.size()), slice.toArray()),
                row -> chosen.put(row.getUserKey(), frequency(row.getDigest()))));
        Map<UserKey, DigestFrequency> digests = new HashMap<>();
        for (String key : keys) {
            digests.put(UserKey.of(key), chosen.getOrDefault(key, DigestFrequency.DEFAULT));
        }
        return digests;
    }

    @Override
    public void setDigest(UserKey user, DigestFrequency frequency) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(frequency, "frequency");
        transactions.runAgainOnConcurrentWrite(() -> {
            session.deleteWithSQL(PreferenceEntity.class, PreferenceEntity.USER_KEY + " = ?", user.value());
            session.createAll(PreferenceEntity.class, List.of(columns(
                    PreferenceEntity.USER_KEY, user.value(),
                    PreferenceEntity.DIGEST, frequency.name())));
            return null;
        });
    }

    /** A name this version does not know (written by a newer one) reads as the default. */
    private static DigestFrequency frequency(String name) {
        for (DigestFrequency frequency : DigestFrequency.values()) {
            if (frequency.name().equals(name)) {
                return frequency;
            }
        }
        return DigestFrequency.DEFAULT;
    }
}
