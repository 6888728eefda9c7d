package com.allinaccountability.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.hooks.SandboxModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The issue list's page comes from the index in order: no sort of every issue in the project per page. */
class IssuePagePlanTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxModule.NONE);

    @Test
    void aPageOfAProjectsIssuesIsReadInIndexOrder() throws Exception {
        var host = SANDBOX.sandbox().host();
        new IssueGenerator(host.projects(), host.issues(), Clock.systemUTC()).generate(2_000, done -> { });

        StringBuilder plan = new StringBuilder();
        try (Connection connection = host.dataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + SandboxIssues.PAGE)) {
            explain.setLong(1, SampleData.GEN_PROJECT_ID);
            explain.setInt(2, 50);
            explain.setInt(3, 1_000);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1));
                }
            }
        }

        assertThat(plan.toString()).contains("index sorted");
        assertThat(host.issues().page(SampleData.GEN_PROJECT_ID, 1_000, 50)).hasSize(50)
                .first().extracting(issue -> issue.issueKey()).isEqualTo("GEN-1001");
    }
}
