package com.allinaccountability.jira.rest;

import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.rest.MyselfResource;
import com.allinaccountability.web.rest.MyselfResource.PreferencesBody;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Jira's face of the web layer's {@link MyselfResource}: what waits for the caller and their own digest preference.
 * Every method is about the signed-in caller, so each is {@code @LicensedOnly} (REST v2: "permits resource access only
 * to users assigned a product license"; anonymous callers get 401 before our code runs, and the core refuses them too).
 * See {@link IssueRestResource}.
 */
@Path("/myself")
@Produces(MediaType.APPLICATION_JSON)
public final class MyselfRestResource {
    private final MyselfResource myself;
    private final JiraCallers callers;

    /** Built by Jira's REST module (REST v2); see {@link IssueRestResource}'s constructor. */
    @Inject
    public MyselfRestResource(MyselfResource myself, JiraCallers callers) {
        this.myself = myself;
        this.callers = callers;
    }

    private JiraSecurityContext security() {
        return new JiraSecurityContext(callers.current());
    }

    @GET
    @Path("/actions")
    @LicensedOnly
    public Response actions(@QueryParam("startAt") String startAt, @QueryParam("maxResults") String maxResults) {
        return myself.actions(startAt, maxResults, security());
    }

    @GET
    @Path("/preferences")
    @LicensedOnly
    public Response preferences() {
        return myself.preferences(security());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setPreferences(PreferencesBody body) {
        return myself.setPreferences(body, security());
    }
}
