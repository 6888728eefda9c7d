package com.allinaccountability.jira.rest;

import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.json.Bodies.PolicyBody;
import com.allinaccountability.web.rest.ProjectPolicyResource;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Jira's face of the web layer's {@link ProjectPolicyResource}: anyone who may browse the project reads the policy;
 * saving needs a licensed user, and the core lets only project admins through. See {@link IssueRestResource}.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectPolicyRestResource {
    private final ProjectPolicyResource policies;
    private final JiraCallers callers;

    /**
     * Built by Jira's REST module (REST v2). {@code @Inject} marks the constructor to use: every Platform 7/8 REST v2
     * resource in public plugins carries it, and whether REST v2 builds resources through Spring or HK2 is not
     * documented; both honour it.
     */
    @Inject
    public ProjectPolicyRestResource(ProjectPolicyResource policies, JiraCallers callers) {
        this.policies = policies;
        this.callers = callers;
    }

    @GET
    @Path("/{projectKey}/policy")
    @AnonymousSiteAccess
    public Response policy(@PathParam("projectKey") String projectKey) {
        return policies.policy(projectKey, new JiraSecurityContext(callers.current()));
    }

    @PUT
    @Path("/{projectKey}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response savePolicy(@PathParam("projectKey") String projectKey, PolicyBody body) {
        return policies.savePolicy(projectKey, body, new JiraSecurityContext(callers.current()));
    }
}
