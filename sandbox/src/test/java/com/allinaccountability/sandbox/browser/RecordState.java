package com.allinaccountability.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** Reads a record through the REST API to check what the browser did; never used to change anything. */
final class RecordState {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordState() {}

    static JsonNode record(SandboxExtension sandbox, String issueKey) {
        return get(sandbox, "/rest/accountability/1.0/issues/" + issueKey);
    }

    static JsonNode get(SandboxExtension sandbox, String path) {
        try {
            HttpResponse<String> response = new WebClient(sandbox).get(path, WebClient.basic("alice", "alice"));
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
