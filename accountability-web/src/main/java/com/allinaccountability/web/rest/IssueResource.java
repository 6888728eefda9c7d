package com.allinaccountability.web.rest;

import com.allinaccountability.core.model.GateRequirements;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.rules.Limits;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.core.service.HistoryPage;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.web.json.Bodies.AlignmentBody;
import com.allinaccountability.web.json.Bodies.CheckInBody;
import com.allinaccountability.web.json.Bodies.ControlBody;
import com.allinaccountability.web.json.Bodies.ExpectationBody;
import com.allinaccountability.web.json.Bodies.OwnershipBody;
import com.allinaccountability.web.json.Bodies.ReopenBody;
import com.allinaccountability.web.json.Bodies.RetrospectiveBody;
import com.allinaccountability.web.json.Bodies.VerificationBody;
import com.allinaccountability.web.json.Bodies.WithdrawalBody;
import com.allinaccountability.web.json.Bodies.WriteBody;
import com.allinaccountability.web.json.ErrorCollection;
import com.allinaccountability.web.json.GateJson;
import com.allinaccountability.web.json.HistoryEntryJson;
import com.allinaccountability.web.json.Parse;
import com.allinaccountability.web.json.ParsedWrite;
import com.allinaccountability.web.json.RecordJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /issues/{issueKey}...}: the record, its five steps' writes, its history and its gate. Thin by design: each
 * write's body parses itself ({@link WriteBody}), one write path calls the service's step and maps the outcome; every
 * rule (rights included) lives in the core.
 * Hosts mount it under {@code /rest/accountability/1.0}. Writes answer the whole record, as the GET does.
 */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueResource {
    /** Paging headers of the history answer, whose body stays the plain array of SPEC's contract. */
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String START_AT = "X-Start-At";
    public static final String MAX_RESULTS = "X-Max-Results";
    static final int DEFAULT_HISTORY_PAGE = 50;

    private final AccountabilityService accountability;
    private final GateService gates;

    public IssueResource(AccountabilityService accountability, GateService gates) {
        this.accountability = accountability;
        this.gates = gates;
    }

    @GET
    @Path("/{issueKey}")
    public Response record(@PathParam("issueKey") String issueKey, @Context SecurityContext security) {
        return Responses.of(accountability.view(Callers.of(security), issueKey), RecordJson::of);
    }

    @PUT
    @Path("/{issueKey}/expectation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setExpectation(
            @PathParam("issueKey") String issueKey, ExpectationBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::setExpectation);
    }

    @POST
    @Path("/{issueKey}/alignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response align(
            @PathParam("issueKey") String issueKey, AlignmentBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::align);
    }

    @PUT
    @Path("/{issueKey}/control")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response stateControl(
            @PathParam("issueKey") String issueKey, ControlBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::stateControl);
    }

    @POST
    @Path("/{issueKey}/ownership")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declareOwnership(
            @PathParam("issueKey") String issueKey, OwnershipBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::declareOwnership);
    }

    @POST
    @Path("/{issueKey}/ownership/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdrawOwnership(
            @PathParam("issueKey") String issueKey, WithdrawalBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::withdrawOwnership);
    }

    @POST
    @Path("/{issueKey}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(
            @PathParam("issueKey") String issueKey, CheckInBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::checkIn);
    }

    @PUT
    @Path("/{issueKey}/retrospective")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writeRetrospective(
            @PathParam("issueKey") String issueKey, RetrospectiveBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::writeRetrospective);
    }

    @POST
    @Path("/{issueKey}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verify(
            @PathParam("issueKey") String issueKey, VerificationBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::verify);
    }

    @POST
    @Path("/{issueKey}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("issueKey") String issueKey, ReopenBody body, @Context SecurityContext security) {
        return write(issueKey, body, security, accountability::reopen);
    }

    @GET
    @Path("/{issueKey}/history")
    public Response history(
            @PathParam("issueKey") String issueKey,
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults,
            @Context SecurityContext security) {
        Parse parse = new Parse();
        int start = whole(parse, "startAt", startAt, 0);
        int max = whole(parse, "maxResults", maxResults, DEFAULT_HISTORY_PAGE);
        if (parse.failed()) {
            return invalid(parse);
        }
        Outcome<HistoryPage> outcome = accountability.history(Callers.of(security), issueKey, start, max);
        if (!(outcome instanceof Outcome.Done<HistoryPage> done)) {
            return Responses.refusal(outcome);
        }
        HistoryPage page = done.value();
        List<HistoryEntryJson> entries = page.events().stream().map(HistoryEntryJson::of).toList();
        return Responses.ok(new GenericEntity<List<HistoryEntryJson>>(entries) {})
                .header(TOTAL_COUNT, page.total())
                .header(START_AT, page.startAt())
                .header(MAX_RESULTS, page.maxResults())
                .build();
    }

    /**
     * {@code ?requirements=A,B} checks those (with {@code ownerMustBeAssignee=true} if the owner must be the
     * assignee); without {@code requirements} (or with it empty), what the project policy asks of the issue's next
     * status category.
     */
    @GET
    @Path("/{issueKey}/gate")
    public Response gate(
            @PathParam("issueKey") String issueKey,
            @QueryParam("requirements") String requirements,
            @QueryParam("ownerMustBeAssignee") String ownerMustBeAssignee,
            @Context SecurityContext security) {
        Parse parse = new Parse();
        boolean mustBeAssignee = flag(parse, "ownerMustBeAssignee", ownerMustBeAssignee);
        Optional<GateRequirements> gate = Optional.empty();
        if (requirements != null && !requirements.isBlank()) {
            Set<Requirement> wanted = EnumSet.noneOf(Requirement.class);
            List<String> unknown = new ArrayList<>();
            for (String name : requirements.split(",")) {
                String trimmed = name.trim().toUpperCase(Locale.ROOT);
                try {
                    wanted.add(Requirement.valueOf(trimmed));
                } catch (IllegalArgumentException e) {
                    unknown.add(name.trim());
                }
            }
            if (!unknown.isEmpty()) {
                parse.violations().field("requirements", "Unknown requirement " + String.join(", ", unknown)
                        + "; use any of " + List.of(Requirement.values()) + ", separated by commas.");
            }
            gate = Optional.of(new GateRequirements(wanted, mustBeAssignee));
        }
        if (parse.failed()) {
            return invalid(parse);
        }
        return Responses.of(gates.check(Callers.of(security), issueKey, gate), GateJson::of);
    }

    // --- shared by the writes

    /** One of the service's writes: the step, taken by the caller on the issue at the version they read. */
    @FunctionalInterface
    private interface Write<I> {
        Outcome<RecordView> take(Caller caller, String issueKey, I input, long version);
    }

    /** Every write: no body (400), a body whose fields cannot be read (400), else the service's answer. */
    private static <I> Response write(
            String issueKey, WriteBody<I> body, SecurityContext security, Write<I> write) {
        if (body == null) {
            return Responses.noJsonObject();
        }
        ParsedWrite<I> parsed = body.parse();
        if (parsed instanceof ParsedWrite.Unreadable<I> unreadable) {
            return Responses.invalid(unreadable.violations());
        }
        ParsedWrite.Readable<I> readable = (ParsedWrite.Readable<I>) parsed;
        return Responses.of(write.take(Callers.of(security), issueKey, readable.input(), readable.version()),
                RecordJson::of);
    }

    // --- query parameters

    private static Response invalid(Parse parse) {
        return Responses.invalid(parse.violations());
    }

    private static int whole(Parse parse, String field, String value, int otherwise) {
        return parse.whole(field, value, otherwise, field.equals("maxResults") ? " from 1 to " + Limits.HISTORY_PAGE : "");
    }

    private static boolean flag(Parse parse, String field, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        } else if (value.equalsIgnoreCase("true")) {
            return true;
        }
        parse.violations().field(field, "Must be true or false.");
        return false;
    }
}
