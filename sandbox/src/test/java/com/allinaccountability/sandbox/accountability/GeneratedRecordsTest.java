package com.allinaccountability.sandbox.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.ao.AoRecordStore;
import com.allinaccountability.ao.EntityManagerSession;
import com.allinaccountability.ao.embedded.EntityManagers;
import com.allinaccountability.ao.entity.StoreEntities;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.sandbox.host.IssueGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generated records ({@code --generate}) are inserted a thousand at a time; each must be exactly what a save of the
 * same record stores (issue 12, P6). Generates issues and their records as the sandbox does, then saves the same
 * records one by one, the normal way, into a second set of tables and compares what each store gives back.
 */
class GeneratedRecordsTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Test
    void a_generated_record_is_what_a_save_of_it_stores() {
        Host host = SANDBOX.sandbox().host();
        String schema = host.dialect() == Database.Dialect.H2 ? "PUBLIC" : "public";
        AoRecordStore generatedInto = store(host, schema, AccountabilityModule.TABLE_PREFIX);
        AoRecordStore savedInto = store(host, schema, "AO_B12BCC_");
        List<String> keys = new ArrayList<>();
        new IssueGenerator(host.projects(), host.issues(), Clock.systemUTC()).generate(1_200, done -> { }, batch -> {
            keys.addAll(batch);
            new GeneratedRecords(generatedInto, host.issues()).add(batch);
        });

        assertThat(keys).hasSize(1_200);
        int withCheckins = 0;
        for (String key : keys) {
            IssueFacts issue = host.issues().byKey(key).orElseThrow();
            RecordStore.FirstVersion first = GeneratedRecords.firstVersion(issue);
            assertThat(savedInto.save(first.record(), first.events())).isInstanceOf(RecordStore.SaveResult.Saved.class);

            assertThat(generatedInto.load(issue.issueId())).as(key).isEqualTo(savedInto.load(issue.issueId()))
                    .isPresent();
            assertThat(generatedInto.history(issue.issueId(), 0, 50)).as(key)
                    .isEqualTo(savedInto.history(issue.issueId(), 0, 50));
            withCheckins += first.record().checkins().isEmpty() ? 0 : 1;
        }
        assertThat(withCheckins).as("the sample has records with children").isPositive();
    }

    private static AoRecordStore store(Host host, String schema, String prefix) {
        EntityManagerSession session = new EntityManagerSession(
                EntityManagers.forDataSource(host.dataSource(), schema, prefix));
        session.migrate(StoreEntities.asArray());
        return new AoRecordStore(session);
    }
}
