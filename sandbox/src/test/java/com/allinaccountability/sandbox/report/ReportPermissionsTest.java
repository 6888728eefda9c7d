package com.allinaccountability.sandbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each sample user gets the report SPEC allows them, over the seeded records, and nothing more. */
class ReportPermissionsTest {
    private static final String REPORT = "/rest/accountability/1.0/reports/projects/ACC";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private HttpResponse<String> get(String user, String path, String... headers) throws Exception {
        WebClient client = new WebClient(SANDBOX);
        String[] auth = user == null ? new String[0] : WebClient.basic(user, user);
        return client.get(path, WebClient.concat(auth, headers));
    }

    @Test
    void everyone_who_may_browse_acc_sees_every_seeded_commitment() throws Exception {
        for (String user : new String[] {"alice", "bob", "carol", "dave"}) {
            HttpResponse<String> response = get(user, REPORT);
            assertThat(response.statusCode()).as(user).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("issues").asInt()).as(user).isEqualTo(22);
            assertThat(report.get("lessons")).as(user).isNotEmpty();
        }
    }

    @Test
    void erin_and_anonymous_callers_get_no_report_data() throws Exception {
        for (String user : new String[] {"erin", null}) {
            HttpResponse<String> response = get(user, REPORT);
            assertThat(response.statusCode()).as(String.valueOf(user)).isIn(401, 404);
            assertThat(response.body()).as(String.valueOf(user)).contains("errorMessages").doesNotContain("lessons");
        }
        HttpResponse<String> html = get("erin", REPORT, "Accept", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).doesNotContain("accountability-report");
    }

    @Test
    void the_report_page_is_the_sandbox_404_for_erin() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("erin", "erin");

        HttpResponse<String> page = browser.get("/projects/ACC/accountability-report");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("accountability-report\"");
    }

    @Test
    void a_nul_character_in_a_key_is_not_found_not_a_server_error() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("alice", "alice");

        HttpResponse<String> page = browser.get("/projects/ACC/confluence-report?project=AC%00C");
        HttpResponse<String> rest = get("alice", "/rest/accountability/1.0/reports/projects/AC%00C");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("confluence-information-macro-warning");
        assertThat(rest.statusCode()).isIn(400, 404);
    }
}
