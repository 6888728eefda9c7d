package com.allinaccountability.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every string of the Big List of Naughty Strings through every free-text field of the REST API, on one store:
 * each write answers 200 and reads back exactly as sent, or (only for a text no store or XML can hold) 400 naming
 * the field, with nothing changed; never a 5xx. The subclasses run it on H2 and on PostgreSQL.
 */
abstract class HostileCorpusRoundTrip {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/accountability/1.0/issues/";
    private static final int STRINGS_PER_ISSUE = 20;

    abstract SandboxExtension sandbox();

    @Test
    void every_naughty_string_round_trips_exactly_or_is_refused_per_field_and_nothing_fails() throws Exception {
        List<String> corpus = NaughtyStrings.all().stream().distinct().toList();
        assertThat(corpus).hasSizeGreaterThan(400);
        WebClient client = new WebClient(sandbox());
        Writer writer = null;
        List<String> refused = new ArrayList<>();
        String lastLesson = "";
        for (int i = 0; i < corpus.size(); i++) {
            if (i % STRINGS_PER_ISSUE == 0) {
                // A fresh record now and then, so records stay of an ordinary size (every write rewrites them).
                writer = new Writer(client, sandbox().newIssue("Naughty strings"));
                writer.ok("alice", "PUT", "/expectation", body("outcome", "Start", "why", "",
                        "targetDate", "2030-01-31", "goalLink", ""));
                writer.ok("bob", "POST", "/alignment", body("state", "ALIGNED", "comment", "", "revision", 1));
                writer.ok("bob", "POST", "/ownership", body("role", "OWNER", "statement", "Mine to deliver"));
            }
            String s = corpus.get(i);
            boolean refuse = NaughtyStrings.mustBeRefused(s);
            if (refuse) {
                refused.add(s);
            }
            JsonNode record = writer.step(refuse, "alice", "PUT", "/expectation",
                    body("outcome", "x" + s, "why", s, "targetDate", "2030-01-31", "goalLink", s),
                    r -> r.get("expectation"), "outcome", "why", "goalLink");
            int revision = writer.current().get("expectation").get("revision").asInt();
            writer.step(refuse, "bob", "POST", "/alignment",
                    body("state", "CONCERNS", "comment", "c" + s, "revision", revision),
                    r -> alignmentOf(r, "bob"), "comment");
            writer.step(refuse, "bob", "PUT", "/control", body("levers", "l" + s, "support", s, "rating", 3),
                    r -> r.get("control"), "levers", "support");
            writer.step(refuse, "bob", "POST", "/checkins", body("status", "AT_RISK", "note", s),
                    r -> r.get("checkins").get(r.get("checkins").size() - 1), "note");
            writer.step(refuse, "bob", "PUT", "/retrospective", body("result", "MET", "evidence", "e" + s,
                    "wentWell", s, "toImprove", s, "lessons", s, "nextCommitment", s),
                    r -> r.get("retrospective"), "evidence", "wentWell", "toImprove", "lessons", "nextCommitment");
            writer.step(refuse, "carol", "POST", "/ownership", body("role", "SPONSOR", "statement", "s" + s),
                    r -> lastDeclarationOf(r, "carol"), "statement");
            if (!refuse) {
                writer.step(false, "carol", "POST", "/ownership/withdrawal", body("role", "SPONSOR", "reason",
                        "w" + s), r -> lastDeclarationOf(r, "carol"), "withdrawReason");
            }
            writer.readBack();
            // Verification locks the record, so it is answered and checked now, and then reopened.
            JsonNode verified = writer.step(refuse, "alice", "POST", "/verification",
                    body("agrees", false, "note", "n" + s), r -> r.get("verification"), "note");
            if (verified != null) {
                writer.readBack();
                writer.ok("alice", "POST", "/reopen", body("reason", "r" + s));
            }
            assertThat(record == null).as("refused: %s", s).isEqualTo(refuse);
            if (!refuse) {
                lastLesson = s;
            }
        }
        assertThat(refused).as("the corpus holds control characters, so refusals are tested too").isNotEmpty();

        // Every lesson above is in the project's report: its Confluence storage export must still be well-formed XML.
        HttpResponse<String> storage = client.get("/rest/accountability/1.0/reports/projects/ACC?format=storage",
                WebClient.basic("alice", "alice"));
        assertThat(storage.statusCode()).isEqualTo(200);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
                new java.io.StringReader("<root xmlns:ac=\"http://atlassian.com/content\" "
                        + "xmlns:ri=\"http://atlassian.com/resource/identifier\">" + storage.body() + "</root>")));
        if (!lastLesson.isBlank() && lastLesson.equals(lastLesson.strip().replaceAll("\\s+", " "))) {
            assertThat(xml.getDocumentElement().getTextContent()).as("the newest lesson, as written")
                    .contains(lastLesson);
        }
    }

    private static JsonNode alignmentOf(JsonNode record, String user) {
        for (JsonNode alignment : record.get("alignments")) {
            if (alignment.get("user").asText().equals(user)) {
                return alignment;
            }
        }
        return null;
    }

    private static JsonNode lastDeclarationOf(JsonNode record, String user) {
        JsonNode last = null;
        for (JsonNode declaration : record.get("ownership")) {
            if (declaration.get("user").asText().equals(user)) {
                last = declaration;
            }
        }
        return last;
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }


    /**
     * Sends writes with the version of the last answer (every answer is the whole record), checks each answer at once
     * and what was stored with one read per round ({@link #readBack}).
     */
    private static final class Writer {
        private final WebClient client;
        private final String key;
        private final List<Runnable> toReadBack = new ArrayList<>();
        private JsonNode current;
        private JsonNode stored;

        Writer(WebClient client, String key) {
            this.client = client;
            this.key = key;
        }

        JsonNode current() throws Exception {
            if (current == null) {
                current = JSON.readTree(client.get(API + key, WebClient.basic("alice", "alice")).body());
            }
            return current;
        }

        JsonNode ok(String user, String method, String path, Map<String, Object> body) throws Exception {
            HttpResponse<String> response = send(user, method, path, body);
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(200);
            current = JSON.readTree(response.body());
            return current;
        }

        /**
         * One write whose text fields {@code fields} (named as the answer names them) came from a naughty string:
         * answers the written part of the record, or null when it was refused as it had to be.
         */
        JsonNode step(boolean mustRefuse, String user, String method, String path, Map<String, Object> body,
                java.util.function.Function<JsonNode, JsonNode> part, String... fields) throws Exception {
            long before = current().get("version").asLong();
            HttpResponse<String> response = send(user, method, path, body);
            if (mustRefuse) {
                assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(400);
                assertThat(JSON.readTree(response.body()).get("errors").size()).as(response.body()).isPositive();
                current = null;
                assertThat(current().get("version").asLong()).as("a refusal changes nothing").isEqualTo(before);
                return null;
            }
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(200);
            current = JSON.readTree(response.body());
            JsonNode answered = part.apply(current);
            Map<String, Object> sent = new LinkedHashMap<>(body);
            sent.put("withdrawReason", body.get("reason"));
            for (String field : fields) {
                Object value = sent.get(field);
                assertThat(answered.get(field).asText()).as("%s %s answered", path, field).isEqualTo(value);
                toReadBack.add(() -> assertThat(part.apply(stored).get(field).asText())
                        .as("%s %s read back", path, field).isEqualTo(value));
            }
            return answered;
        }

        /** Reads the record once and checks every field written since the last read-back. */
        void readBack() throws Exception {
            stored = JSON.readTree(client.get(API + key, WebClient.basic("alice", "alice")).body());
            assertThat(stored.get("version")).isEqualTo(current().get("version"));
            toReadBack.forEach(Runnable::run);
            toReadBack.clear();
        }

        private HttpResponse<String> send(String user, String method, String path, Map<String, Object> body)
                throws Exception {
            Map<String, Object> withVersion = new LinkedHashMap<>(body);
            withVersion.put("version", current().get("version").asLong());
            return client.json(method, API + key + path, JSON.writeValueAsString(withVersion),
                    WebClient.restWrite(user));
        }
    }
}
