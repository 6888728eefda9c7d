package com.allinaccountability.sandbox.rest;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.Callers;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import com.allinaccountability.sandbox.workflow.Transition;
import com.allinaccountability.sandbox.workflow.WorkflowService;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slice of Jira's REST API the sandbox workflow needs, in Jira's shape: {@code GET|POST
 * /rest/api/2/issue/{issueIdOrKey}/transitions}. Signed-in callers only: Jira's anonymous callers see no sandbox
 * project.
 */
@Path("api/2/issue/{issueKey}/transitions")
@Produces(MediaType.APPLICATION_JSON)
public final class TransitionsResource {

    private static final String NOT_FOUND = "Issue Does Not Exist";
    private static final String NOT_SIGNED_IN = "You are not authenticated. Authentication required to perform "
            + "this operation.";

    private final WorkflowService workflow;

    public TransitionsResource(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @GET
    public Response transitions(@PathParam("issueKey") String issueKey, @Context SecurityContext security,
            @Context UriInfo uri) {
        Caller caller = Callers.of(security.getUserPrincipal());
        if (!caller.isSignedIn()) {
            return JiraErrors.response(Response.Status.UNAUTHORIZED, NOT_SIGNED_IN);
        }
        Optional<IssueFacts> issue = workflow.browsable(caller, issueKey);
        if (issue.isEmpty()) {
            return JiraErrors.response(Response.Status.NOT_FOUND, NOT_FOUND);
        }
        String base = uri.getBaseUri().toString();
        List<Map<String, Object>> transitions = workflow.available(caller, issue.get()).stream()
                .map(transition -> json(transition, base)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expand", "transitions");
        body.put("transitions", transitions);
        return Response.ok(body).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("issueKey") String issueKey, JsonNode body,
            @Context SecurityContext security) {
        Caller caller = Callers.of(security.getUserPrincipal());
        JsonNode id = body == null ? null : body.path("transition").get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
            if (!caller.isSignedIn()) {
                return JiraErrors.response(Response.Status.UNAUTHORIZED, NOT_SIGNED_IN);
            }
            return JiraErrors.response(Response.Status.BAD_REQUEST,
                    "Missing 'transition' identifier: send {\"transition\": {\"id\": \"11\"}}");
        }
        WorkflowService.Outcome outcome = workflow.transition(caller, issueKey, id.asText());
        if (outcome instanceof WorkflowService.Outcome.Done) {
            return Response.noContent().build();
        } else if (outcome instanceof WorkflowService.Outcome.NotSignedIn) {
            return JiraErrors.response(Response.Status.UNAUTHORIZED, NOT_SIGNED_IN);
        } else if (outcome instanceof WorkflowService.Outcome.NotFound) {
            return JiraErrors.response(Response.Status.NOT_FOUND, NOT_FOUND);
        } else if (outcome instanceof WorkflowService.Outcome.Forbidden) {
            return JiraErrors.response(Response.Status.FORBIDDEN,
                    "You do not have permission to transition this issue.");
        } else if (outcome instanceof WorkflowService.Outcome.Invalid invalid) {
            return JiraErrors.response(Response.Status.BAD_REQUEST, invalid.message());
        } else if (outcome instanceof WorkflowService.Outcome.Refused refused) {
            return JiraErrors.response(Response.Status.BAD_REQUEST.getStatusCode(), refused.messages());
        } else {
            return JiraErrors.response(Response.Status.CONFLICT,
                    "The issue was changed by someone else; reload it and try again.");
        }
    }

    private static Map<String, Object> json(Transition transition, String base) {
        SandboxStatus to = transition.to();
        StatusCategory category = to.category();
        Map<String, Object> statusCategory = new LinkedHashMap<>();
        statusCategory.put("self", base + "api/2/statuscategory/" + SandboxStatus.categoryId(category));
        statusCategory.put("id", SandboxStatus.categoryId(category));
        statusCategory.put("key", category.key());
        statusCategory.put("colorName", SandboxStatus.categoryColour(category));
        statusCategory.put("name", SandboxStatus.categoryName(category));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("self", base + "api/2/status/" + to.id());
        status.put("description", "");
        status.put("name", to.displayName());
        status.put("id", to.id());
        status.put("statusCategory", statusCategory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", transition.id());
        json.put("name", transition.name());
        json.put("to", status);
        json.put("hasScreen", false);
        json.put("isGlobal", false);
        json.put("isInitial", false);
        json.put("isAvailable", true);
        json.put("isConditional", false);
        return json;
    }
}
