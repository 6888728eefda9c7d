package com.allinaccountability.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cross-site request forgery, body size and safe GETs against the real accountability module (reliability item 4):
 * each refused request must also leave the record exactly as it was.
 */
class RequestSafetyRestTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/accountability/1.0/issues/";
    private static final String EVIL = "https://evil.example";

    private final WebClient client = new WebClient(SANDBOX);

    private String expectation(long version) {
        return "{\"outcome\":\"Forged.\",\"why\":\"Forged.\",\"targetDate\":\"2030-01-01\",\"goalLink\":\"\","
                + "\"version\":" + version + "}";
    }

    private JsonNode record(String key) throws Exception {
        return JSON.readTree(client.get(API + key, WebClient.basic("alice", "alice")).body());
    }

    private int historySize(String key) throws Exception {
        return JSON.readTree(client.get(API + key + "/history?maxResults=100", WebClient.basic("alice", "alice"))
                .body()).size();
    }

    @Test
    void a_json_write_from_another_origin_without_the_token_header_is_refused_and_changes_nothing() throws Exception {
        JsonNode before = record("ACC-1");

        HttpResponse<String> response = client.json("PUT", API + "ACC-1/expectation",
                expectation(before.get("version").asLong()), WebClient.concat(WebClient.basic("alice", "alice"),
                        "Origin", EVIL));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("errorMessages").get(0).asText()).contains("XSRF");
        assertThat(record("ACC-1")).isEqualTo(before);
    }

    @Test
    void an_origin_with_the_same_host_and_port_but_another_scheme_is_another_origin() throws Exception {
        JsonNode before = record("ACC-1");
        int port = SANDBOX.sandbox().port();

        for (String origin : new String[] {"https://localhost:" + port, "ws://localhost:" + port}) {
            HttpResponse<String> response = client.json("PUT", API + "ACC-1/expectation",
                    expectation(before.get("version").asLong()), WebClient.concat(WebClient.basic("alice", "alice"),
                            "Origin", origin));
            assertThat(response.statusCode()).as(origin).isEqualTo(403);
        }
        HttpResponse<String> referer = client.json("PUT", API + "ACC-1/expectation",
                expectation(before.get("version").asLong()), WebClient.concat(WebClient.basic("alice", "alice"),
                        "Referer", "https://localhost:" + port + "/jira/browse/ACC-1"));
        assertThat(referer.statusCode()).isEqualTo(403);
        assertThat(record("ACC-1")).isEqualTo(before);
    }

    @Test
    void every_page_forbids_inline_script_and_foreign_origins() throws Exception {
        for (String path : new String[] {"/login.jsp", "/browse/ACC-1", "/projects/ACC/issues", API + "ACC-1",
                "/browse/NOPE-1"}) {
            HttpResponse<String> response = client.get(path, WebClient.basic("alice", "alice"));
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");

            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                    "frame-ancestors 'self'");
            assertThat(policy).as(path + ": no way around the script rule").doesNotContain("unsafe-eval")
                    .doesNotContainPattern("script-src[^;]*unsafe-inline");
        }
    }

    @Test
    void a_form_encoded_post_is_refused_with_or_without_the_token_header() throws Exception {
        JsonNode before = record("ACC-3");
        Map<String, String> form = Map.of("state", "ALIGNED", "revision", "1",
                "version", before.get("version").asText());

        HttpResponse<String> crossSite = client.postForm(API + "ACC-3/alignment", form,
                WebClient.concat(WebClient.basic("bob", "bob"), "Origin", EVIL));
        HttpResponse<String> withToken = client.postForm(API + "ACC-3/alignment", form, WebClient.restWrite("bob"));

        assertThat(crossSite.statusCode()).as("what an evil page's form would send").isEqualTo(403);
        assertThat(withToken.statusCode()).as("not JSON").isEqualTo(415);
        assertThat(record("ACC-3")).isEqualTo(before);
    }

    @Test
    void gets_never_write_not_even_on_a_write_path_with_the_body_in_the_query() throws Exception {
        JsonNode before = record("ACC-2");
        int history = historySize("ACC-2");

        HttpResponse<String> getOnWrite = client.get(API + "ACC-2/expectation?outcome=Forged&why=x&version=0",
                WebClient.basic("alice", "alice"));
        HttpResponse<String> read = client.get(API + "ACC-2", WebClient.basic("alice", "alice"));
        HttpResponse<String> transitions = client.get("/rest/api/2/issue/ACC-2/transitions?transition=11",
                WebClient.basic("alice", "alice"));

        assertThat(getOnWrite.statusCode()).isIn(404, 405);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(transitions.statusCode()).isEqualTo(200);
        assertThat(record("ACC-2")).isEqualTo(before);
        assertThat(before.get("stage").asText()).isEqualTo("NONE");
        assertThat(historySize("ACC-2")).isEqualTo(history);
        assertThat(SANDBOX.sandbox().host().issues().byKey("ACC-2").orElseThrow().status()).isEqualTo("To Do");
    }

    @Test
    void an_oversized_body_gets_413_whether_or_not_it_announces_its_length() throws Exception {
        JsonNode before = record("ACC-25");
        String huge = "{\"outcome\":\"" + "x".repeat(70 * 1024) + "\",\"why\":\"\",\"targetDate\":null,"
                + "\"goalLink\":\"\",\"version\":0}";

        HttpResponse<String> announced = client.json("PUT", API + "ACC-25/expectation", huge,
                WebClient.restWrite("alice"));
        // Chunked: no Content-Length, so the limit must hold while reading.
        String[] auth = WebClient.basic("alice", "alice");
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SANDBOX.baseUri() + API + "ACC-25/expectation"))
                .header(auth[0], auth[1]).header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(413);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(JSON.readTree(announced.body()).has("errorMessages")).isTrue();
        assertThat(record("ACC-25")).isEqualTo(before);
    }
}
