package com.allinaccountability.web.rest;

import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.service.Inputs.PolicyInput;
import com.allinaccountability.core.service.Inputs.PolicyRuleInput;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.web.json.Bodies.PolicyBody;
import com.allinaccountability.web.json.Bodies.PolicyRuleBody;
import com.allinaccountability.web.json.ErrorCollection;
import com.allinaccountability.web.json.Parse;
import com.allinaccountability.web.json.PolicyJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /projects/{projectKey}/policy}: which steps entering each status category requires. Anyone who may browse
 * the project reads it (validators and the panel explain it); only project admins change it (the core decides).
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectPolicyResource {
    private final PolicyService policies;

    public ProjectPolicyResource(PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @Path("/{projectKey}/policy")
    public Response policy(@PathParam("projectKey") String projectKey, @Context SecurityContext security) {
        return Responses.of(policies.policy(Callers.of(security), projectKey),
                policy -> PolicyJson.of(projectKey, policy));
    }

    @PUT
    @Path("/{projectKey}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response savePolicy(
            @PathParam("projectKey") String projectKey, PolicyBody body, @Context SecurityContext security) {
        if (body == null) {
            return Responses.noJsonObject();
        }
        Parse parse = new Parse();
        List<String> issueTypes = new ArrayList<>();
        List<String> givenTypes = body.issueTypes() == null ? List.of() : body.issueTypes();
        for (int i = 0; i < givenTypes.size(); i++) {
            if (givenTypes.get(i) == null) {
                parse.violations().field("issueTypes[" + i + "]", "Must be an issue type's name.");
            } else {
                issueTypes.add(givenTypes.get(i));
            }
        }
        List<PolicyRuleInput> rules = new ArrayList<>();
        List<PolicyRuleBody> givenRules = body.rules() == null ? List.of() : body.rules();
        for (int i = 0; i < givenRules.size(); i++) {
            rule(parse, "rules[" + i + "]", givenRules.get(i)).ifPresent(rules::add);
        }
        long version = parse.version(body.version());
        if (parse.failed()) {
            return Responses.invalid(parse.violations());
        }
        PolicyInput input = new PolicyInput(issueTypes, rules, Boolean.TRUE.equals(body.ownerMustBeAssignee()),
                Optional.ofNullable(body.checkinCadenceDays()));
        return Responses.of(policies.savePolicy(Callers.of(security), projectKey, input, version),
                policy -> PolicyJson.of(projectKey, policy));
    }

    private static Optional<PolicyRuleInput> rule(Parse parse, String path, PolicyRuleBody rule) {
        if (rule == null) {
            parse.violations().field(path, "Must be a rule: {toStatusCategory, requirements}.");
            return Optional.empty();
        }
        Optional<StatusCategory> category = StatusCategory.fromKey(rule.toStatusCategory());
        if (category.isEmpty()) {
            parse.violations().field(path + ".toStatusCategory", "Must be one of: new, indeterminate, done.");
        }
        Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
        List<Requirement> given = rule.requirements() == null ? List.of() : rule.requirements();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                parse.violations().field(path + ".requirements[" + i + "]", "Must be a requirement.");
            } else {
                requirements.add(given.get(i));
            }
        }
        return category.map(c -> new PolicyRuleInput(c, requirements));
    }
}
