package com.allinaccountability.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.PasswordHasher;
import com.allinaccountability.sandbox.db.Jdbc;
import com.allinaccountability.sandbox.host.GeneratedPeople;
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

    @Test
    void generated_people_may_work_on_gen_and_share_its_issues_with_the_sample_users() {
        Host host = SANDBOX.sandbox().host();
        GeneratedPeople people = new GeneratedPeople(new Jdbc(host.dataSource()), new PasswordHasher());

        List<String> keys = people.ensure(30);
        assertThat(people.ensure(30)).isEqualTo(keys);
        List<String> more = people.ensure(40);
        int before = (int) host.issues().count(SampleData.GEN_PROJECT_ID);
        new IssueGenerator(host.projects(), host.issues(), Clock.systemUTC(), more).generate(2_000, done -> {});

        assertThat(more).hasSize(40).startsWith("gen-person-00001").endsWith("gen-person-00040");
        assertThat(host.users().findAll(more.stream().map(UserKey::of).toList())).hasSize(40);
        assertThat(host.users().authenticate("gen-person-00040", GeneratedPeople.PASSWORD)).isPresent();
        Caller person = Caller.of("gen-person-00017");
        assertThat(host.rights().canBrowseProject(person, SampleData.GEN_PROJECT_ID)).isTrue();
        assertThat(host.rights().canBrowseProject(person, SampleData.ACC_PROJECT_ID)).isFalse();
        List<IssueFacts> generated = host.issues().page(SampleData.GEN_PROJECT_ID, before, 2_000);
        assertThat(generated).filteredOn(i -> i.assignee().map(a -> a.value().startsWith("gen-person-")).orElse(false))
                .hasSizeGreaterThan(1_000);
        assertThat(generated).filteredOn(i -> i.assignee().map(a -> a.value().equals("bob")).orElse(false))
                .isNotEmpty();
    }
}
