package com.allinaccountability.jira.rest;

import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.json.Bodies.AlignmentBody;
import com.allinaccountability.web.json.Bodies.CheckInBody;
import com.allinaccountability.web.json.Bodies.ControlBody;
import com.allinaccountability.web.json.Bodies.ExpectationBody;
import com.allinaccountability.web.json.Bodies.OwnershipBody;
import com.allinaccountability.web.json.Bodies.ReopenBody;
import com.allinaccountability.web.json.Bodies.RetrospectiveBody;
import com.allinaccountability.web.json.Bodies.VerificationBody;
import com.allinaccountability.web.json.Bodies.WithdrawalBody;
import com.allinaccountability.web.rest.IssueResource;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Jira's face of the web layer's {@link IssueResource}: the same paths and bodies, each method delegating, plus the
 * REST v2 access annotation Jira checks before our code runs. Reads are open to anonymous callers where the site
 * allows anonymous access (the core still checks browse permission on the issue, as Jira answers 404 otherwise);
 * writes need a licensed user. The caller is taken from Jira's authentication context, by user key.
 * {@code RestDelegatesTest} keeps this class and {@link IssueResource} in step.
 */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public final class IssueRestResource {
    private final IssueResource issues;
    private final JiraCallers callers;

    /**
     * Built by Jira's REST module (REST v2). {@code @Inject} marks the constructor to use: every Platform 7/8 REST v2
     * resource in public plugins carries it, and whether REST v2 builds resources through Spring or HK2 is not
     * documented; both honour it.
     */
    @Inject
    public IssueRestResource(IssueResource issues, JiraCallers callers) {
        this.issues = issues;
        this.callers = callers;
    }

    private JiraSecurityContext security() {
        return new JiraSecurityContext(callers.current());
    }

    @GET
    @Path("/{issueKey}")
    @AnonymousSiteAccess
    public Response record(@PathParam("issueKey") String issueKey) {
        return issues.record(issueKey, security());
    }

    @PUT
    @Path("/{issueKey}/expectation")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setExpectation(@PathParam("issueKey") String issueKey, ExpectationBody body) {
        return issues.setExpectation(issueKey, body, security());
    }

    @POST
    @Path("/{issueKey}/alignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response align(@PathParam("issueKey") String issueKey, AlignmentBody body) {
        return issues.align(issueKey, body, security());
    }

    @PUT
    @Path("/{issueKey}/control")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response stateControl(@PathParam("issueKey") String issueKey, ControlBody body) {
        return issues.stateControl(issueKey, body, security());
    }

    @POST
    @Path("/{issueKey}/ownership")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response declareOwnership(@PathParam("issueKey") String issueKey, OwnershipBody body) {
        return issues.declareOwnership(issueKey, body, security());
    }

    @POST
    @Path("/{issueKey}/ownership/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response withdrawOwnership(@PathParam("issueKey") String issueKey, WithdrawalBody body) {
        return issues.withdrawOwnership(issueKey, body, security());
    }

    @POST
    @Path("/{issueKey}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response checkIn(@PathParam("issueKey") String issueKey, CheckInBody body) {
        return issues.checkIn(issueKey, body, security());
    }

    @PUT
    @Path("/{issueKey}/retrospective")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response writeRetrospective(@PathParam("issueKey") String issueKey, RetrospectiveBody body) {
        return issues.writeRetrospective(issueKey, body, security());
    }

    @POST
    @Path("/{issueKey}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response verify(@PathParam("issueKey") String issueKey, VerificationBody body) {
        return issues.verify(issueKey, body, security());
    }

    @POST
    @Path("/{issueKey}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response reopen(@PathParam("issueKey") String issueKey, ReopenBody body) {
        return issues.reopen(issueKey, body, security());
    }

    @GET
    @Path("/{issueKey}/history")
    @AnonymousSiteAccess
    public Response history(@PathParam("issueKey") String issueKey, @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults) {
        return issues.history(issueKey, startAt, maxResults, security());
    }

    @GET
    @Path("/{issueKey}/gate")
    @AnonymousSiteAccess
    public Response gate(@PathParam("issueKey") String issueKey, @QueryParam("requirements") String requirements,
            @QueryParam("ownerMustBeAssignee") String ownerMustBeAssignee) {
        return issues.gate(issueKey, requirements, ownerMustBeAssignee, security());
    }
}
