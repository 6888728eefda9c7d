package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Never skipped: without the server every test fails, naming {@code .ci/setup-postgres.sh}. */
@DisplayName("Preferences on PostgreSQL")
class PostgresAoPreferencesTest extends AoPreferencesTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }

    @Test
    void concurrent_first_choices_of_one_user_leave_one_row_and_no_failure() throws Exception {
        for (int round = 0; round < 5; round++) {
            UserKey user = newUser();
            int threads = 6;
            CyclicBarrier together = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> setters = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    DigestFrequency choice = DigestFrequency.values()[t % DigestFrequency.values().length];
                    setters.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        preferences.setDigest(user, choice);
                        return null;
                    }));
                }
                for (Future<?> setter : setters) {
                    setter.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(database.rows("USER_PREF", "\"USER_KEY\" = '" + user.value() + "'")).isEqualTo(1);
        }
    }
}
