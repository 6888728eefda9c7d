package com.allinaccountability.sandbox;

import static com.allinaccountability.sandbox.WebClient.restWrite;
import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.hooks.IssueListColumns;
import com.allinaccountability.sandbox.hooks.PanelRenderer;
import com.allinaccountability.sandbox.hooks.ProjectPage;
import com.allinaccountability.sandbox.hooks.SampleAccountability.SampleIssueRef;
import com.allinaccountability.sandbox.hooks.TransitionGate;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.web.HtmlEscapingReferenceHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hooks the accountability layer plugs into, each exercised with a small stand-in. */
class SandboxHooksTest {

    static final String REFUSAL = "The expectation must be set before work starts <b>now</b>.";
    static final List<List<SampleIssueRef>> SEEDED = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(host -> Extensions.none()
            .withTransitionGate((caller, issue, target) -> target == StatusCategory.INDETERMINATE
                    && issue.issueKey().equals("ACC-2")
                    ? TransitionGate.Refusal.of(REFUSAL, "Ownership must be declared.")
                    : TransitionGate.Refusal.NONE)
            .withPanelRenderer(context -> "<section class=\"test-panel\">panel for "
                    + HtmlEscapingReferenceHandler.escape(context.issue().issueKey() + " seen by "
                            + context.caller().user().orElseThrow()) + "</section>")
            .withIssueListColumns((caller, issues) -> issues.stream().collect(Collectors.toMap(
                    issue -> issue.issueId(),
                    issue -> new IssueListColumns.Cells("<span class=\"stage\">S-" + issue.issueKey() + "</span>",
                            "<span class=\"health\">OK</span>"))))
            .withProjectPages(List.of(new ProjectPage() {
                @Override
                public String name() {
                    return "accountability-policy";
                }

                @Override
                public String title(Project project) {
                    return "Accountability policy <of> " + project.key();
                }

                @Override
                public String renderBodyHtml(com.allinaccountability.core.port.Caller caller, Project project,
                        String contextPath) {
                    return "<p id=\"policy-body\">policy of " + project.key() + "</p>";
                }
            }))
            .withRestResources(config -> config.register(WhoAmI.class))
            .withSampleAccountability(SEEDED::add));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A resource registered the way the web layer registers its own. */
    @Path("accountability/1.0/whoami")
    public static class WhoAmI {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> whoAmI(@Context SecurityContext security) {
            return Map.of("user", String.valueOf(security.getUserPrincipal() == null ? "anonymous"
                    : security.getUserPrincipal().getName()));
        }
    }

    @Test
    void the_gate_refuses_with_its_messages_in_jiras_shape_and_nothing_changes() throws Exception {
        HttpResponse<String> response = new WebClient(SANDBOX).postJson("/rest/api/2/issue/ACC-2/transitions",
                "{\"transition\":{\"id\":\"11\"}}", restWrite("bob"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errorMessages").get(0).asText()).isEqualTo(REFUSAL);
        assertThat(body.path("errorMessages").get(1).asText()).isEqualTo("Ownership must be declared.");
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-2").orElseThrow().status()).isEqualTo("To Do");
    }

    @Test
    void the_gate_lets_other_transitions_through() throws Exception {
        HttpResponse<String> response = new WebClient(SANDBOX).postJson("/rest/api/2/issue/ACC-3/transitions",
                "{\"transition\":{\"id\":\"11\"}}", restWrite("bob"));

        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void the_panel_is_rendered_in_the_right_column_for_the_caller() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("carol", "carol");

        Document page = Jsoup.parse(browser.get("/browse/ACC-5").body());

        assertThat(page.select("aside #accountability-panel-host .test-panel").text())
                .isEqualTo("panel for ACC-5 seen by carol");
    }

    @Test
    void the_issue_list_shows_the_stage_and_health_cells() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("dave", "dave");

        Document page = Jsoup.parse(browser.get("/projects/ACC/issues").body());

        assertThat(page.select("#issuetable tr.issuerow")).hasSize(25);
        assertThat(page.select("tr[data-issuekey=ACC-7] td.accountability-stage .stage").text()).isEqualTo("S-ACC-7");
        assertThat(page.select("tr[data-issuekey=ACC-7] td.accountability-health").text()).isEqualTo("OK");
        assertThat(page.select("#accountability-policy-link").attr("href"))
                .isEqualTo("/jira/projects/ACC/accountability-policy");
    }

    @Test
    void a_project_page_renders_in_the_layout_with_its_title_escaped() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("alice", "alice");

        HttpResponse<String> response = browser.get("/projects/ACC/accountability-policy");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("#policy-body").text()).isEqualTo("policy of ACC");
        assertThat(page.select("h1").text()).isEqualTo("Accountability policy <of> ACC");
        assertThat(response.body()).contains("Accountability policy &lt;of&gt; ACC");
    }

    @Test
    void a_project_page_is_404_for_who_may_not_browse_the_project() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("erin", "erin");

        HttpResponse<String> response = browser.get("/projects/ACC/accountability-policy");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("policy-body");
    }

    @Test
    void registered_rest_resources_see_the_caller_as_the_security_principal() throws Exception {
        WebClient client = new WebClient(SANDBOX);

        HttpResponse<String> signedIn = client.get("/rest/accountability/1.0/whoami", WebClient.basic("carol",
                "carol"));
        HttpResponse<String> anonymous = client.get("/rest/accountability/1.0/whoami");

        assertThat(JSON.readTree(signedIn.body()).path("user").asText()).isEqualTo("carol");
        assertThat(JSON.readTree(anonymous.body()).path("user").asText()).isEqualTo("anonymous");
    }

    @Test
    void the_seed_hook_ran_once_with_every_sample_issue_and_its_storyline() {
        assertThat(SEEDED).hasSize(1);
        List<SampleIssueRef> issues = SEEDED.get(0);
        assertThat(issues).hasSize(25);
        assertThat(issues.get(0).issueKey()).isEqualTo("ACC-1");
        assertThat(issues).allSatisfy(issue -> assertThat(issue.storyline()).isNotBlank());
        assertThat(issues.get(0).issueId()).isEqualTo(
                SANDBOX.sandbox().host().issues().byKey("ACC-1").orElseThrow().issueId());
    }

    @Test
    void a_user_who_may_not_browse_gets_jiras_issue_404_page() throws Exception {
        WebClient browser = new WebClient(SANDBOX);
        browser.logIn("erin", "erin");

        HttpResponse<String> response = browser.get("/browse/ACC-1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("does not exist or you do not have permission to view it")
                .doesNotContain("Customers can export");
    }
}
