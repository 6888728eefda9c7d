package com.allinaccountability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.sandbox.auth.PasswordHasher;
import com.allinaccountability.sandbox.web.HtmlEscapingReferenceHandler;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Small pieces that need no server. */
class UnitsTest {

    @Test
    void options_parse_with_defaults_and_both_spellings() {
        SandboxOptions defaults = SandboxOptions.parse();
        SandboxOptions given = SandboxOptions.parse("--port", "8080", "--data-dir=/tmp/d", "--generate", "100000");
        SandboxOptions postgres = SandboxOptions.parse("--db", "jdbc:postgresql://127.0.0.1:5432/sbx", "--db-user",
                "u", "--db-password", "p");

        assertThat(defaults.port()).isEqualTo(2990);
        assertThat(defaults.dataDir()).isEqualTo(Path.of("sandbox-data"));
        assertThat(given.port()).isEqualTo(8080);
        assertThat(given.dataDir()).isEqualTo(Path.of("/tmp/d"));
        assertThat(given.generate()).isEqualTo(100_000);
        assertThat(given.generatePeople()).isZero();
        assertThat(SandboxOptions.parse("--generate", "10", "--generate-people", "7").generatePeople()).isEqualTo(7);
        assertThatThrownBy(() -> SandboxOptions.parse("--generate-people", "-1"))
                .hasMessageContaining("--generate-people must be between 0 and 99999");
        assertThat(postgres.jdbcUrl()).hasValue("jdbc:postgresql://127.0.0.1:5432/sbx");
        assertThat(postgres.dbUser()).isEqualTo("u");
    }

    @Test
    void options_refuse_what_they_do_not_understand() {
        assertThatThrownBy(() -> SandboxOptions.parse("--prot", "1")).hasMessageContaining("Unknown option --prot");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SandboxOptions.parse("--db", "jdbc:h2:mem:x")).hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> SandboxOptions.parse("--generate")).hasMessageContaining("needs a value");
    }

    @Test
    void mail_and_digest_options_default_to_the_outbox_and_an_hourly_schedule() {
        SandboxOptions defaults = SandboxOptions.parse();
        SandboxOptions given = SandboxOptions.parse("--smtp", "mail.example.com:2525", "--digest-every=15");
        SandboxOptions ipv6 = SandboxOptions.parse("--smtp=[::1]:25", "--digest-every", "0");

        assertThat(defaults.smtp()).isEmpty();
        assertThat(defaults.digestEvery()).isEqualTo(java.time.Duration.ofMinutes(60));
        assertThat(given.smtp()).hasValue(new SandboxOptions.SmtpServer("mail.example.com", 2525));
        assertThat(given.digestEvery()).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThat(ipv6.smtp()).hasValue(new SandboxOptions.SmtpServer("::1", 25));
        assertThat(ipv6.digestEvery()).isZero();
        assertThat(SandboxOptions.h2(Path.of("x")).digestEvery()).as("tests run digests themselves").isZero();
        assertThat(SandboxOptions.usage()).contains("--smtp HOST:PORT", "--digest-every MIN");

        assertThatThrownBy(() -> SandboxOptions.parse("--smtp", "localhost")).hasMessageContaining("HOST:PORT");
        assertThatThrownBy(() -> SandboxOptions.parse("--smtp", "localhost:0")).hasMessageContaining("port");
        assertThatThrownBy(() -> SandboxOptions.parse("--smtp", ":25")).hasMessageContaining("HOST:PORT");
        assertThatThrownBy(() -> SandboxOptions.parse("--digest-every", "-1")).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> SandboxOptions.parse("--digest-every", "soon")).hasMessageContaining("whole number");
    }

    @Test
    void passwords_are_stored_salted_and_only_the_right_one_matches() {
        PasswordHasher hasher = new PasswordHasher();

        String first = hasher.hash("alice");
        String second = hasher.hash("alice");

        assertThat(first).startsWith("pbkdf2-sha512$210000$").doesNotContain("alice");
        assertThat(first).as("salted").isNotEqualTo(second);
        assertThat(hasher.matches("alice", first)).isTrue();
        assertThat(hasher.matches("Alice", first)).isFalse();
        assertThat(hasher.matches("alice", "alice")).as("a clear-text value never matches").isFalse();
    }

    @Test
    void a_password_that_matched_once_is_checked_again_without_the_slow_derivation_and_only_for_its_hash() {
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("bob");
        String changed = hasher.hash("new secret");
        assertThat(hasher.matches("bob", stored)).isTrue();

        long derived = hasher.derivations();
        for (int i = 0; i < 20; i++) {
            assertThat(hasher.matches("bob", stored)).isTrue();
        }
        assertThat(hasher.derivations()).as("remembered checks derive nothing").isEqualTo(derived);

        assertThat(hasher.matches("bob ", stored)).as("a different password is derived, and fails").isFalse();
        assertThat(hasher.matches("bob ", stored)).as("and is never remembered").isFalse();
        assertThat(hasher.derivations()).isEqualTo(derived + 2);
        assertThat(hasher.matches("bob", changed)).as("another stored hash (a changed password)").isFalse();
        assertThat(hasher.matches("new secret", changed)).isTrue();
    }

    @Test
    void requests_that_arrive_together_with_the_same_password_share_one_derivation() throws Exception {
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("carol");
        long derived = hasher.derivations();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(16);
            java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                checks.add(pool.submit(() -> {
                    together.await();
                    return hasher.matches("carol", stored);
                }));
            }
            for (java.util.concurrent.Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(hasher.derivations()).isEqualTo(derived + 1);
    }

    @Test
    void every_reference_is_escaped_unless_its_name_ends_with_html() {
        HtmlEscapingReferenceHandler handler = new HtmlEscapingReferenceHandler();
        String hostile = "<img src=x onerror=\"alert('1')\">&";

        assertThat(handler.referenceInsert(null, "$issue.summary()", hostile))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;");
        assertThat(handler.referenceInsert(null, "$!{title}", hostile)).isNotEqualTo(hostile);
        assertThat(handler.referenceInsert(null, "$htmlTitle", hostile)).as("Html must end the name")
                .isNotEqualTo(hostile);
        assertThat(handler.referenceInsert(null, "$bodyHtml", hostile)).isEqualTo(hostile);
        assertThat(handler.referenceInsert(null, "${view.panelHtml()}", hostile)).isEqualTo(hostile);
        assertThat(handler.referenceInsert(null, "$row.stageHtml($x.summary())", hostile)).isEqualTo(hostile);
        assertThat(handler.referenceInsert(null, "$panelHtml.length()", hostile)).isNotEqualTo(hostile);
    }
}
