package com.allinaccountability.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.allinaccountability.sandbox.host.IssueTypes;
import com.allinaccountability.sandbox.host.NewIssue;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC's permission table against the real accountability module: every endpoint of SPEC's REST table, called by
 * every sample user (alice lead and admin of ACC, bob and carol editors, dave browse-only, erin without access) and by
 * an anonymous caller, each on a fresh ACC issue brought to the state the endpoint needs by the users who may do so.
 * Refusals must change nothing and carry no record data.
 */
class PermissionTableRestTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/accountability/1.0";
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS = List.of("alice", "bob", "carol", "dave", "erin", ANONYMOUS);

    static final String EXPECTATION = "{\"outcome\":\"Invoices export as PDF.\",\"why\":\"Finance does it by hand.\","
            + "\"targetDate\":\"2030-01-31\",\"goalLink\":\"\",\"version\":%d}";
    static final String ALIGNED = "{\"state\":\"ALIGNED\",\"comment\":\"\",\"proposedDate\":null,\"revision\":1,"
            + "\"version\":%d}";
    static final String CONTROL = "{\"levers\":\"The design.\",\"support\":\"A review.\",\"rating\":3,\"version\":%d}";
    static final String OWNER = "{\"role\":\"OWNER\",\"statement\":\"I own it.\",\"version\":%d}";
    static final String CO_OWNER = "{\"role\":\"CO_OWNER\",\"statement\":\"Ours.\",\"version\":%d}";
    static final String WITHDRAW_CO_OWNER = "{\"role\":\"CO_OWNER\",\"reason\":\"I moved team.\",\"version\":%d}";
    static final String CHECKIN = "{\"status\":\"ON_TRACK\",\"note\":\"Fine.\",\"forecastDate\":null,\"version\":%d}";
    static final String RETROSPECTIVE = "{\"result\":\"MET\",\"evidence\":\"Shipped.\",\"wentWell\":\"\","
            + "\"toImprove\":\"\",\"lessons\":\"\",\"nextCommitment\":\"\",\"version\":%d}";
    static final String VERIFY = "{\"agrees\":true,\"note\":\"\",\"version\":%d}";
    static final String REOPEN = "{\"reason\":\"A case was missed.\",\"version\":%d}";

    /** A call under test: method, path and body (null for GET), made on a prepared issue. */
    record Call(String method, String path, String body, Optional<String> issueKey) {
        static Call get(String path) {
            return new Call("GET", path, null, Optional.empty());
        }
    }

    /** The endpoints of SPEC's REST table, each preparing the state it needs for the given caller. */
    enum Endpoint {
        GET_RECORD {
            Call prepare(String caller) {
                return Call.get(API + "/issues/ACC-1");
            }
        },
        PUT_EXPECTATION {
            Call prepare(String caller) {
                return write("PUT", fresh(), "expectation", EXPECTATION);
            }
        },
        POST_ALIGNMENT {
            Call prepare(String caller) {
                return write("POST", expectationSet(), "alignment", ALIGNED);
            }
        },
        PUT_CONTROL {
            Call prepare(String caller) {
                return write("PUT", ownedByBob(), "control", CONTROL);
            }
        },
        POST_OWNERSHIP {
            Call prepare(String caller) {
                return write("POST", expectationSet(), "ownership", OWNER);
            }
        },
        POST_WITHDRAWAL {
            Call prepare(String caller) {
                String key = expectationSet();
                if (BROWSERS.contains(caller)) {
                    succeed(caller, "POST", key, "ownership", CO_OWNER);
                }
                return write("POST", key, "ownership/withdrawal", WITHDRAW_CO_OWNER);
            }
        },
        POST_CHECKIN {
            Call prepare(String caller) {
                return write("POST", ownedByBob(), "checkins", CHECKIN);
            }
        },
        PUT_RETROSPECTIVE {
            Call prepare(String caller) {
                return write("PUT", ownedByBob(), "retrospective", RETROSPECTIVE);
            }
        },
        POST_VERIFICATION {
            Call prepare(String caller) {
                String key = ownedByBob();
                succeed("bob", "PUT", key, "retrospective", RETROSPECTIVE);
                return write("POST", key, "verification", VERIFY);
            }
        },
        POST_REOPEN {
            Call prepare(String caller) {
                String key = ownedByBob();
                succeed("bob", "PUT", key, "retrospective", RETROSPECTIVE);
                succeed("alice", "POST", key, "verification", VERIFY);
                return write("POST", key, "reopen", REOPEN);
            }
        },
        GET_HISTORY {
            Call prepare(String caller) {
                return Call.get(API + "/issues/ACC-1/history");
            }
        },
        GET_GATE {
            Call prepare(String caller) {
                return Call.get(API + "/issues/ACC-1/gate?requirements=EXPECTATION_SET,OWNERSHIP_DECLARED");
            }
        },
        GET_POLICY {
            Call prepare(String caller) {
                return Call.get(API + "/projects/ACC/policy");
            }
        },
        PUT_POLICY {
            Call prepare(String caller) {
                // The policy as it is, saved again: allowed callers change nothing that other rows depend on.
                JsonNode policy = read("alice", API + "/projects/ACC/policy");
                String body = String.format("{\"issueTypes\":%s,\"rules\":%s,\"ownerMustBeAssignee\":%s,"
                                + "\"checkinCadenceDays\":%s,\"version\":%d}", policy.get("issueTypes"),
                        policy.get("rules"), policy.get("ownerMustBeAssignee"), policy.get("checkinCadenceDays"),
                        policy.get("version").asLong());
                return new Call("PUT", API + "/projects/ACC/policy", body, Optional.empty());
            }
        };

        abstract Call prepare(String caller);
    }

    private static final List<String> BROWSERS = List.of("alice", "bob", "carol", "dave");

    /**
     * Who may, per SPEC: see (any browser), set or revise the expectation (editors or the reporter), speak for
     * themselves (any browser), act as owner (bob, the active owner), verify or reopen (alice: the setter and a project
     * admin, not the owner), change the policy (project admins).
     */
    private static final Map<Endpoint, List<String>> ALLOWED = Map.ofEntries(
            Map.entry(Endpoint.GET_RECORD, BROWSERS),
            Map.entry(Endpoint.PUT_EXPECTATION, List.of("alice", "bob", "carol")),
            Map.entry(Endpoint.POST_ALIGNMENT, BROWSERS),
            Map.entry(Endpoint.PUT_CONTROL, List.of("bob")),
            Map.entry(Endpoint.POST_OWNERSHIP, BROWSERS),
            Map.entry(Endpoint.POST_WITHDRAWAL, BROWSERS),
            Map.entry(Endpoint.POST_CHECKIN, List.of("bob")),
            Map.entry(Endpoint.PUT_RETROSPECTIVE, List.of("bob")),
            Map.entry(Endpoint.POST_VERIFICATION, List.of("alice")),
            Map.entry(Endpoint.POST_REOPEN, List.of("alice")),
            Map.entry(Endpoint.GET_HISTORY, BROWSERS),
            Map.entry(Endpoint.GET_GATE, BROWSERS),
            Map.entry(Endpoint.GET_POLICY, BROWSERS),
            Map.entry(Endpoint.PUT_POLICY, List.of("alice")));

    /** 200 for who may; 403 for other browsers; 404 for erin, who may not see ACC (as Jira answers); anonymous: 404 on reads, 401 on writes. */
    static int expectedStatus(Endpoint endpoint, String caller, boolean write) {
        if (ALLOWED.get(endpoint).contains(caller)) {
            return 200;
        }
        if (caller.equals(ANONYMOUS)) {
            return write ? 401 : 404;
        }
        return caller.equals("erin") ? 404 : 403;
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (String caller : CALLERS) {
                rows.add(Arguments.of(endpoint, caller));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("table")
    void each_caller_gets_what_the_permission_table_allows(Endpoint endpoint, String caller) throws Exception {
        Call call = endpoint.prepare(caller);
        boolean write = call.body() != null;
        Optional<Long> versionBefore = call.issueKey().map(PermissionTableRestTest::version);
        int expected = expectedStatus(endpoint, caller, write);

        HttpResponse<String> response = as(caller, call.method(), call.path(), call.body());

        assertThat(response.statusCode()).as("%s %s by %s: %s", call.method(), call.path(), caller, response.body())
                .isEqualTo(expected);
        if (expected != 200) {
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.has("errorMessages")).as("Jira's error collection: " + response.body()).isTrue();
            assertThat(error.has("issueKey") || error.has("expectation") || error.has("rules"))
                    .as("a refusal carries no record data: " + response.body()).isFalse();
            versionBefore.ifPresent(v -> assertThat(version(call.issueKey().get()))
                    .as("a refused write changes nothing").isEqualTo(v));
        } else if (write) {
            assertThat(JSON.readTree(response.body()).has("version")).as(response.body()).isTrue();
        }
    }

    @Test
    void the_reporter_may_set_the_expectation_without_edit_rights() throws Exception {
        // ACC-4 was reported by dave, who may only browse ACC: SPEC lets the reporter set the expectation.
        long v = version("ACC-4");

        HttpResponse<String> response = as("dave", "PUT", API + "/issues/ACC-4/expectation",
                String.format(EXPECTATION, v));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_setter_who_is_not_an_admin_may_verify_and_the_owner_never_verifies_their_own_retrospective()
            throws Exception {
        String key = fresh();
        succeed("carol", "PUT", key, "expectation", EXPECTATION);
        succeed("bob", "POST", key, "alignment", ALIGNED);
        succeed("bob", "POST", key, "ownership", OWNER);
        succeed("bob", "PUT", key, "retrospective", RETROSPECTIVE);

        assertThat(as("bob", "POST", API + "/issues/" + key + "/verification",
                String.format(VERIFY, version(key))).statusCode()).isEqualTo(403);
        assertThat(as("carol", "POST", API + "/issues/" + key + "/verification",
                String.format(VERIFY, version(key))).statusCode()).isEqualTo(200);
    }

    @Test
    void nobody_declares_another_user_the_owner_the_body_has_no_user_field() throws Exception {
        String key = expectationSet();

        HttpResponse<String> response = as("alice", "POST", API + "/issues/" + key + "/ownership",
                "{\"role\":\"OWNER\",\"statement\":\"Bob owns it.\",\"user\":\"bob\",\"version\":" + version(key)
                        + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(read("alice", API + "/issues/" + key).get("ownership")).isEmpty();
    }

    // ------------------------------------------------------------------ fixtures, through the REST API

    private static Call write(String method, String key, String endpoint, String bodyTemplate) {
        return new Call(method, API + "/issues/" + key + "/" + endpoint, String.format(bodyTemplate, version(key)),
                Optional.of(key));
    }

    /** A new ACC story assigned to bob and reported by alice, without a record. */
    static String fresh() {
        Project acc = SANDBOX.sandbox().host().projects().byKey("ACC").orElseThrow();
        return SANDBOX.sandbox().host().issues().create(acc, List.of(new NewIssue(IssueTypes.STORY,
                "Permission table row", SandboxStatus.TO_DO, Optional.of(UserKey.of("bob")),
                Optional.of(UserKey.of("alice")), Optional.of(LocalDate.now().plusDays(30)), Instant.now(),
                Optional.empty(), Optional.empty(), Optional.empty()))).get(0);
    }

    static String expectationSet() {
        String key = fresh();
        succeed("alice", "PUT", key, "expectation", EXPECTATION);
        return key;
    }

    static String ownedByBob() {
        String key = expectationSet();
        succeed("bob", "POST", key, "alignment", ALIGNED);
        succeed("bob", "POST", key, "ownership", OWNER);
        return key;
    }

    static void succeed(String user, String method, String key, String endpoint, String bodyTemplate) {
        HttpResponse<String> response = as(user, method, API + "/issues/" + key + "/" + endpoint,
                String.format(bodyTemplate, version(key)));
        assertThat(response.statusCode()).as("setting up %s: %s %s: %s", key, user, endpoint, response.body())
                .isEqualTo(200);
    }

    static long version(String key) {
        return read("alice", API + "/issues/" + key).get("version").asLong();
    }

    static JsonNode read(String user, String path) {
        HttpResponse<String> response = as(user, "GET", path, null);
        assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A REST call as a script makes it: Basic auth (none for anonymous) and Atlassian's no-check token. */
    static HttpResponse<String> as(String user, String method, String path, String body) {
        String[] headers = user.equals(ANONYMOUS)
                ? new String[] {"X-Atlassian-Token", "no-check", "Accept", "application/json"}
                : WebClient.concat(WebClient.restWrite(user), "Accept", "application/json");
        try {
            return new WebClient(SANDBOX).json(method, path, body, headers);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
