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
