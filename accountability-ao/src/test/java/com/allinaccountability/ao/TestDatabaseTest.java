package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void anUnreachablePostgresFailsLoudlyAndSaysHowToSetItUp() {
        assertThatThrownBy(() -> TestDatabase.postgres("jdbc:postgresql://127.0.0.1:1/ao_test?connectTimeout=2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(".ci/setup-postgres.sh")
                .hasMessageContaining("127.0.0.1:1");
    }
}
