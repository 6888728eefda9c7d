package com.allinaccountability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.host.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxRestartTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Test
    void data_survives_a_restart_and_the_samples_are_seeded_only_once() throws Exception {
        assertThat(SANDBOX.sandbox().seededNow()).isTrue();
        assertThat(new WebClient(SANDBOX).postJson("/rest/api/2/issue/ACC-2/transitions",
                "{\"transition\":{\"id\":\"11\"}}", WebClient.restWrite("carol")).statusCode()).isEqualTo(204);

        SANDBOX.restart();

        assertThat(SANDBOX.sandbox().seededNow()).isFalse();
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-2").orElseThrow().status()).isEqualTo("In Progress");
        assertThat(SANDBOX.sandbox().host().issues().count(SampleData.ACC_PROJECT_ID)).isEqualTo(25);
        assertThat(new WebClient(SANDBOX).logIn("alice", "alice").statusCode()).as("users survive too")
                .isEqualTo(302);
    }
}
