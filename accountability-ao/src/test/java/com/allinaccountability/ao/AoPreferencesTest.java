package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The {@code Preferences} port on Active Objects, on H2 and PostgreSQL through the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AoPreferencesTest {

    private static final AtomicLong USERS = new AtomicLong();

    TestDatabase database;
    AoPreferences preferences;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        preferences = new AoPreferences(database.session());
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    static UserKey newUser() {
        return UserKey.of("pref-" + USERS.incrementAndGet());
    }

    @Test
    void a_user_who_never_chose_has_the_default() {
        assertThat(preferences.digest(newUser())).isEqualTo(DigestFrequency.DEFAULT).isEqualTo(DigestFrequency.WEEKLY);
    }

    @Test
    void the_last_choice_is_kept_in_one_row() throws Exception {
        UserKey user = newUser();
        preferences.setDigest(user, DigestFrequency.DAILY);
        assertThat(preferences.digest(user)).isEqualTo(DigestFrequency.DAILY);
        preferences.setDigest(user, DigestFrequency.NONE);
        preferences.setDigest(user, DigestFrequency.NONE);
        assertThat(preferences.digest(user)).isEqualTo(DigestFrequency.NONE);
        preferences.setDigest(user, DigestFrequency.WEEKLY);
        assertThat(preferences.digest(user)).isEqualTo(DigestFrequency.WEEKLY);
        assertThat(database.rows("USER_PREF", "\"USER_KEY\" = '" + user.value() + "'")).isEqualTo(1);
    }

    @Test
    void digests_answers_every_user_asked_defaults_included_in_one_query() {
        UserKey daily = newUser();
        UserKey none = newUser();
        UserKey never = newUser();
        preferences.setDigest(daily, DigestFrequency.DAILY);
        preferences.setDigest(none, DigestFrequency.NONE);

        AtomicReference<Map<UserKey, DigestFrequency>> answer = new AtomicReference<>();
        assertThat(database.counter().countDuring(() ->
                answer.set(preferences.digests(List.of(daily, none, never, daily))))).isEqualTo(1);
        assertThat(answer.get()).containsExactlyInAnyOrderEntriesOf(Map.of(
                daily, DigestFrequency.DAILY, none, DigestFrequency.NONE, never, DigestFrequency.WEEKLY));
        assertThat(preferences.digests(List.of())).isEmpty();
    }

    @Test
    void digests_of_many_users_is_one_query_per_500() {
        List<UserKey> users = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            users.add(newUser());
        }
        preferences.setDigest(users.get(1099), DigestFrequency.DAILY);
        AtomicReference<Map<UserKey, DigestFrequency>> answer = new AtomicReference<>();
        assertThat(database.counter().countDuring(() -> answer.set(preferences.digests(users)))).isEqualTo(3);
        assertThat(answer.get()).hasSize(1100).containsEntry(users.get(1099), DigestFrequency.DAILY)
                .containsEntry(users.get(0), DigestFrequency.WEEKLY);
    }
}
