package com.allinaccountability.sandbox;

import com.allinaccountability.sandbox.hooks.SandboxModule;

import static com.allinaccountability.sandbox.WebClient.basic;
import static com.allinaccountability.sandbox.WebClient.concat;
import static com.allinaccountability.sandbox.WebClient.restWrite;
import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxRestTest {

    @RegisterExtension
    /** The host shell alone: its workflow, sign-in and XSRF rules, without the accountability gate in the way. */
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxModule.NONE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XSRF_FAILED = "{\"errorMessages\":[\"XSRF check failed\"],\"errors\":{}}";

    private static String transitions(String key) {
        return "/rest/api/2/issue/" + key + "/transitions";
    }

    private static String transition(String id) {
        return "{\"transition\":{\"id\":\"" + id + "\"}}";
    }

    private static IssueFacts issue(String key) {
        return SANDBOX.sandbox().host().issues().byKey(key).orElseThrow();
    }

    @Test
    void status_answers_running_as_jira_does() throws Exception {
        HttpResponse<String> response = new WebClient(SANDBOX).get("/status");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"state\":\"RUNNING\"}");
    }

    @Test
    void unknown_paths_get_the_404_page() throws Exception {
        HttpResponse<String> response = new WebClient(SANDBOX).get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Nested
    class SignIn {

        @Test
        void a_user_signs_in_with_the_form_and_its_token_and_gets_a_hardened_session_cookie() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            String token = browser.formToken("/login.jsp");
            String sessionBefore = browser.cookie("JSESSIONID").orElseThrow().getValue();

            HttpResponse<String> response = browser.postForm("/login.jsp", form(token, "alice", "alice",
                    "/browse/ACC-1"));

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValue("/jira/browse/ACC-1");
            assertThat(WebClient.setCookies(response)).anySatisfy(cookie -> assertThat(cookie)
                    .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
            assertThat(browser.cookie("JSESSIONID").orElseThrow().getValue())
                    .as("the session id changes on sign-in").isNotEqualTo(sessionBefore);
            HttpResponse<String> page = browser.get("/browse/ACC-1");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Customers can export their invoices as PDF", "Alice Anderson");
        }

        @Test
        void a_login_without_the_form_token_is_refused() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            browser.formToken("/login.jsp");

            HttpResponse<String> response = browser.postForm("/login.jsp", form("forged", "alice", "alice", "/"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(browser.get("/browse/ACC-1").statusCode()).as("still anonymous: sent to log in")
                    .isEqualTo(302);
        }

        @Test
        void a_wrong_password_is_refused_with_jiras_message() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            String token = browser.formToken("/login.jsp");

            HttpResponse<String> response = browser.postForm("/login.jsp", form(token, "alice", "bob", "/"));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("Sorry, your username and password are incorrect");
        }

        @Test
        void logout_needs_the_token_and_then_ends_the_session() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            assertThat(browser.logIn("bob", "bob").statusCode()).isEqualTo(302);

            assertThat(browser.postForm("/logout", Map.of("atl_token", "forged")).statusCode()).isEqualTo(403);
            assertThat(browser.get("/browse/ACC-1").statusCode()).as("a forged logout changes nothing")
                    .isEqualTo(200);

            String token = browser.formToken("/logout");
            HttpResponse<String> loggedOut = browser.postForm("/logout", Map.of("atl_token", token));

            assertThat(loggedOut.statusCode()).isEqualTo(302);
            HttpResponse<String> after = browser.get("/browse/ACC-1");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/login.jsp"));
        }

        @Test
        void the_login_page_never_redirects_off_site() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            String token = browser.formToken("/login.jsp");

            HttpResponse<String> response = browser.postForm("/login.jsp", form(token, "bob", "bob",
                    "//evil.example/phish"));

            assertThat(response.headers().firstValue("Location")).hasValue("/jira/projects/ACC/issues");
        }

        @Test
        void a_destination_no_redirect_header_can_carry_falls_back_instead_of_failing() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            String token = browser.formToken("/login.jsp");

            HttpResponse<String> response = browser.postForm("/login.jsp", form(token, "bob", "bob",
                    "/browse/\u00e9\ttab"));

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValue("/jira/projects/ACC/issues");
        }

        @Test
        void an_anonymous_visit_to_a_non_ascii_path_is_sent_to_log_in_and_back() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).get("/browse/%C3%A9");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .contains("/login.jsp?os_destination=%2Fbrowse%2F%25C3%25A9"));
        }

        @Test
        void a_nul_in_the_user_name_is_a_wrong_login_not_a_failure() throws Exception {
            WebClient browser = new WebClient(SANDBOX);
            String token = browser.formToken("/login.jsp");

            assertThat(browser.postForm("/login.jsp", form(token, "b\u0000ob", "bob", "/")).statusCode())
                    .isEqualTo(401);
        }

        private Map<String, String> form(String token, String user, String password, String destination) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("atl_token", token);
            form.put("os_username", user);
            form.put("os_password", password);
            form.put("os_destination", destination);
            return form;
        }
    }

    @Nested
    class BasicAuth {

        @Test
        void rest_accepts_basic_auth() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).get(transitions("ACC-2"), basic("bob", "bob"));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode transitions = JSON.readTree(response.body()).path("transitions");
            assertThat(transitions).hasSize(1);
            assertThat(transitions.get(0).path("id").asText()).isEqualTo("11");
            assertThat(transitions.get(0).path("name").asText()).isEqualTo("Start Progress");
            assertThat(transitions.get(0).path("to").path("statusCategory").path("key").asText())
                    .isEqualTo("indeterminate");
        }

        @Test
        void wrong_basic_credentials_get_401_in_jiras_error_shape() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).get(transitions("ACC-2"), basic("bob", "alice"));

            assertThat(response.statusCode()).isEqualTo(401);
            assertErrorCollection(response.body());
        }

        @Test
        void anonymous_rest_calls_get_401_in_jiras_error_shape() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).get(transitions("ACC-2"));

            assertThat(response.statusCode()).isEqualTo(401);
            assertErrorCollection(response.body());
        }

        @Test
        void basic_auth_does_not_sign_in_pages() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).get("/browse/ACC-1", basic("bob", "bob"));

            assertThat(response.statusCode()).as("Basic auth is for /rest only").isEqualTo(302);
        }
    }

    @Nested
    class Xsrf {

        @Test
        void a_write_from_another_origin_without_the_token_header_is_refused() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-3"), transition("11"),
                    concat(basic("bob", "bob"), "Origin", "https://evil.example"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(XSRF_FAILED));
            assertThat(issue("ACC-3").status()).isEqualTo("To Do");
        }

        @Test
        void a_write_without_origin_referer_or_token_header_is_refused() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-3"), transition("11"),
                    basic("bob", "bob"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(issue("ACC-3").status()).isEqualTo("To Do");
        }

        @Test
        void the_no_check_header_passes_even_from_another_origin() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-7"), transition("11"),
                    concat(restWrite("bob"), "Origin", "https://evil.example"));

            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(issue("ACC-7").status()).isEqualTo("In Progress");
        }

        @Test
        void a_same_origin_write_passes_without_the_header() throws Exception {
            String origin = "http://localhost:" + SANDBOX.sandbox().port();
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-15"), transition("11"),
                    concat(basic("bob", "bob"), "Origin", origin));

            assertThat(response.statusCode()).isEqualTo(204);
        }

        @Test
        void a_same_origin_referer_passes_when_there_is_no_origin() throws Exception {
            String referer = "http://localhost:" + SANDBOX.sandbox().port() + "/jira/browse/ACC-17";
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-17"), transition("11"),
                    concat(basic("bob", "bob"), "Referer", referer));

            assertThat(response.statusCode()).isEqualTo(204);
        }

        @Test
        void a_referer_on_another_port_is_another_origin() throws Exception {
            String referer = "http://localhost:1/jira/browse/ACC-17";
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-25"), transition("11"),
                    concat(basic("bob", "bob"), "Referer", referer));

            assertThat(response.statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class Transitions {

        @Test
        void erin_who_may_not_browse_acc_gets_404() throws Exception {
            WebClient client = new WebClient(SANDBOX);

            HttpResponse<String> list = client.get(transitions("ACC-2"), basic("erin", "erin"));
            HttpResponse<String> post = client.postJson(transitions("ACC-2"), transition("11"), restWrite("erin"));

            assertThat(list.statusCode()).isEqualTo(404);
            assertThat(post.statusCode()).isEqualTo(404);
            assertErrorCollection(post.body());
            assertThat(issue("ACC-2").status()).isEqualTo("To Do");
        }

        @Test
        void an_unknown_issue_is_404_like_a_hidden_one() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-999"), transition("11"),
                    restWrite("bob"));

            assertThat(response.statusCode()).isEqualTo(404);
        }

        @Test
        void dave_who_may_browse_but_not_edit_gets_403_and_sees_no_transitions() throws Exception {
            WebClient client = new WebClient(SANDBOX);

            HttpResponse<String> list = client.get(transitions("ACC-2"), basic("dave", "dave"));
            HttpResponse<String> post = client.postJson(transitions("ACC-2"), transition("11"), restWrite("dave"));

            assertThat(JSON.readTree(list.body()).path("transitions")).isEmpty();
            assertThat(post.statusCode()).isEqualTo(403);
            assertErrorCollection(post.body());
            assertThat(issue("ACC-2").status()).isEqualTo("To Do");
        }

        @Test
        void bob_moves_an_issue_through_the_workflow_and_resolution_follows_done() throws Exception {
            WebClient client = new WebClient(SANDBOX);

            assertThat(client.postJson(transitions("ACC-4"), transition("21"), restWrite("bob")).statusCode())
                    .isEqualTo(204);
            assertThat(issue("ACC-4").status()).isEqualTo("In Review");
            assertThat(client.postJson(transitions("ACC-4"), transition("31"), restWrite("bob")).statusCode())
                    .isEqualTo(204);
            IssueFacts done = issue("ACC-4");
            assertThat(done.statusCategory()).isEqualTo(StatusCategory.DONE);
            assertThat(done.resolved()).isPresent();

            assertThat(client.postJson(transitions("ACC-4"), "{\"transition\":{\"id\":61}}", restWrite("bob"))
                    .statusCode()).as("numeric ids are accepted, as Jira does").isEqualTo(204);
            IssueFacts reopened = issue("ACC-4");
            assertThat(reopened.status()).isEqualTo("To Do");
            assertThat(reopened.resolved()).as("leaving done clears the resolution").isEmpty();
        }

        @Test
        void a_transition_that_does_not_leave_the_current_status_is_400() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-2"), transition("31"),
                    restWrite("carol"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("errorMessages").get(0).asText())
                    .contains("'31' is not valid");
        }

        @Test
        void malformed_json_is_400_in_jiras_error_shape() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postJson(transitions("ACC-2"), "{\"transition\":",
                    restWrite("carol"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertErrorCollection(response.body());
        }

        @Test
        void a_form_post_is_refused_as_the_wrong_media_type() throws Exception {
            HttpResponse<String> response = new WebClient(SANDBOX).postForm(transitions("ACC-2"),
                    Map.of("transition", "11"), restWrite("carol"));

            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(issue("ACC-2").status()).isEqualTo("To Do");
        }
    }

    static void assertErrorCollection(String body) throws Exception {
        JsonNode json = JSON.readTree(body);
        assertThat(json.path("errorMessages").isArray()).as(body).isTrue();
        assertThat(json.path("errorMessages")).as(body).isNotEmpty();
        assertThat(json.path("errors").isObject()).as(body).isTrue();
    }
}
