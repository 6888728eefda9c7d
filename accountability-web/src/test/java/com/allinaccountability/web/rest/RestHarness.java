package com.allinaccountability.web.rest;

import com.allinaccountability.core.report.ReportService;

import com.allinaccountability.core.digest.DigestService;
import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.fixtures.FakeDirectory;
import com.allinaccountability.core.fixtures.FakeHost;
import com.allinaccountability.core.fixtures.InMemoryDigestLedger;
import com.allinaccountability.core.fixtures.InMemoryPreferences;
import com.allinaccountability.core.fixtures.InMemoryWaitingIndex;
import com.allinaccountability.core.fixtures.RecordingDigestSender;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.waiting.WaitingIndexingRecordStore;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.fixtures.MutableClock;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.security.Principal;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.inmemory.InMemoryTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The REST API on Jersey's in-memory container over the core's fakes. The project ACC has: alice (project admin), ed
 * (may edit), and bob, carol, dave and rita (may browse). ACC-1 is assigned to bob and reported by rita. erin may
 * browse only the project OTHER. Tests sign in with the {@code X-Test-User} header, standing in for a host's
 * authentication that sets the {@link SecurityContext}.
 */
abstract class RestHarness extends JerseyTest {
    static final String ISSUE = "/issues/ACC-1";
    static final long OTHER_PROJECT = 20_000;

    // Assigned in configure(), which JerseyTest calls from its constructor, before field initializers would run.
    MutableClock clock;
    InMemoryRecordStore store;
    InMemoryWaitingIndex waitingIndex;
    InMemoryPreferences preferences;
    RecordingDigestSender sender;
    FakeHost host;
    IssueFacts acc1;

    @Override
    protected Application configure() {
        clock = MutableClock.at("2026-02-02T10:00:00Z");
        store = new InMemoryRecordStore();
        host = new FakeHost();
        acc1 = Fixtures.anIssue(1, "bob", "rita");
        host.issue(acc1)
                .issue(Fixtures.anIssue(2, "bob", "rita"))
                .project("OTHER", OTHER_PROJECT)
                .admin(Fixtures.PROJECT_ID, "alice")
                .editor(Fixtures.PROJECT_ID, "ed")
                .browser(Fixtures.PROJECT_ID, "bob", "carol", "dave", "rita")
                .browser(OTHER_PROJECT, "erin")
                .administrator("alice");
        // Wired as hosts wire it: writes go through the indexing decorator, the waiting service reads the plain store.
        waitingIndex = new InMemoryWaitingIndex();
        preferences = new InMemoryPreferences();
        sender = new RecordingDigestSender();
        WaitingService waiting = new WaitingService(store, waitingIndex, host, host, clock);
        RecordStore indexed = new WaitingIndexingRecordStore(store, waiting, waitingIndex);
        AccountabilityService accountability = new AccountabilityService(indexed, host, host, clock);
        GateService gates = new GateService(indexed, host, host);
        PolicyService policies = new PolicyService(indexed, host, host);
        FakeDirectory directory = new FakeDirectory().person("alice").person("bob").person("carol")
                .project(Fixtures.PROJECT_ID, Fixtures.PROJECT_KEY, "alice");
        DigestService digests = new DigestService(waiting, waitingIndex, indexed, host, host, preferences, directory,
                new InMemoryDigestLedger(), sender, clock);
        return new ResourceConfig()
                .registerInstances(AccountabilityRestApi.components(accountability, gates, policies,
                        new ReportService(indexed, host, host, clock), waiting, new MyPreferences(preferences),
                        digests, java.time.ZoneOffset.UTC))
                .register(new TestSignIn())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    @Override
    protected TestContainerFactory getTestContainerFactory() {
        return new InMemoryTestContainerFactory();
    }

    @BeforeEach
    void startServer() throws Exception {
        setUp();
    }

    @AfterEach
    void stopServer() throws Exception {
        tearDown();
    }

    // --- requests

    Response get(String path, String user) {
        return request(path, user).get();
    }

    Response put(String path, String user, String json) {
        return request(path, user).put(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    Response post(String path, String user, String json) {
        return request(path, user).post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    Invocation.Builder request(String path, String user) {
        String[] parts = path.split("\\?", 2);
        var target = target(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                target = target.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        Invocation.Builder builder = target.request(MediaType.APPLICATION_JSON_TYPE);
        return user == null ? builder : builder.header(TestSignIn.HEADER, user);
    }

    static JsonNode json(Response response) {
        try {
            return Json.mapper().readTree(response.readEntity(String.class));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads the answer after checking its status, with the body in the failure message. */
    static JsonNode expect(Response response, int status) {
        String body = response.readEntity(String.class);
        if (response.getStatus() != status) {
            throw new AssertionError("Expected " + status + " but got " + response.getStatus() + ": " + body);
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    long version(String issuePath) {
        return expect(get(issuePath, "alice"), 200).get("version").asLong();
    }

    // --- steps as scenarios use them

    JsonNode setExpectation(String user) {
        return expect(put(ISSUE + "/expectation", user, """
                {"outcome":"Checkout converts 5%% better","why":"Revenue","targetDate":"2026-03-31",
                 "goalLink":"ACC-100","version":%d}""".formatted(version(ISSUE))), 200);
    }

    JsonNode align(String user) {
        JsonNode record = expect(get(ISSUE, user), 200);
        return expect(post(ISSUE + "/alignment", user, """
                {"state":"ALIGNED","comment":"","revision":%d,"version":%d}"""
                .formatted(record.get("expectation").get("revision").asInt(), record.get("version").asLong())), 200);
    }

    JsonNode declare(String user, String role) {
        return expect(post(ISSUE + "/ownership", user, """
                {"role":"%s","statement":"Ours to deliver","version":%d}""".formatted(role, version(ISSUE))), 200);
    }

    JsonNode retrospective(String user) {
        return expect(put(ISSUE + "/retrospective", user, """
                {"result":"MET","evidence":"Dashboard","wentWell":"","toImprove":"","lessons":"Ship small",
                 "nextCommitment":"","version":%d}""".formatted(version(ISSUE))), 200);
    }

    JsonNode verify(String user) {
        return expect(post(ISSUE + "/verification", user, """
                {"agrees":true,"note":"Seen it","version":%d}""".formatted(version(ISSUE))), 200);
    }

    /** An expectation by ed, bob aligned and declared owner. */
    void ownedByBob() {
        setExpectation("ed");
        align("bob");
        declare("bob", "OWNER");
    }

    /** Stands in for the host's authentication: the principal's name is the user key. */
    @PreMatching
    static final class TestSignIn implements ContainerRequestFilter {
        static final String HEADER = "X-Test-User";

        @Override
        public void filter(ContainerRequestContext request) {
            String user = request.getHeaderString(HEADER);
            if (user == null) {
                return;
            }
            Principal principal = () -> user;
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return principal;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return false;
                }

                @Override
                public boolean isSecure() {
                    return false;
                }

                @Override
                public String getAuthenticationScheme() {
                    return "TEST";
                }
            });
        }
    }
}
