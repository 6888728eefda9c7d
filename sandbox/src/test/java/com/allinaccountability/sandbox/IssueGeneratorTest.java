package com.allinaccountability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.sandbox.host.IssueGenerator;
import com.allinaccountability.sandbox.host.SampleData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IssueGeneratorTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Test
    void generates_numbered_issues_in_gen_in_batches_and_keeps_numbering_on_a_second_run() {
        Host host = SANDBOX.sandbox().host();
        IssueGenerator generator = new IssueGenerator(host.projects(), host.issues(), Clock.systemUTC());
        List<Long> progress = new ArrayList<>();

        generator.generate(4_500, progress::add);
        generator.generate(10, done -> {});

        assertThat(progress).containsExactly(2_000L, 4_000L, 4_500L);
        assertThat(host.issues().count(SampleData.GEN_PROJECT_ID)).isEqualTo(4_510);
        IssueFacts last = host.issues().byKey("GEN-4510").orElseThrow();
        assertThat(last.projectKey()).isEqualTo("GEN");
        assertThat(host.issues().byKey("GEN-4511")).isEmpty();
        assertThat(host.issues().count(SampleData.ACC_PROJECT_ID)).as("ACC is untouched").isEqualTo(25);
        assertThat(host.issues().page(SampleData.GEN_PROJECT_ID, 4_500, 50)).extracting(IssueFacts::issueKey)
                .first().isEqualTo("GEN-4501");
    }
}
