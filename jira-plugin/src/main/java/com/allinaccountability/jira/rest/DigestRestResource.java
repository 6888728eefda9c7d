package com.allinaccountability.jira.rest;

import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.rest.DigestResource;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Jira's face of the web layer's {@link DigestResource}: an administrator's "send the digests now". {@code @AdminOnly}
 * (REST v2: "permits resource access only to users with assigned admin privileges", developer.atlassian.com "Prepare
 * your Data Center app to comply with secure endpoint defaults"), so Jira refuses everyone else before our code runs;
 * the core checks the same right again ({@code Rights#isAdministrator}: Jira's ADMINISTER global permission) and
 * answers 403 to anyone else. See {@link IssueRestResource}.
 */
@Path("/digests")
@Produces(MediaType.APPLICATION_JSON)
public final class DigestRestResource {
    private final DigestResource digests;
    private final JiraCallers callers;

    /** Built by Jira's REST module (REST v2); see {@link IssueRestResource}'s constructor. */
    @Inject
    public DigestRestResource(DigestResource digests, JiraCallers callers) {
        this.digests = digests;
        this.callers = callers;
    }

    @POST
    @Path("/run")
    @AdminOnly
    public Response run() {
        return digests.run(new JiraSecurityContext(callers.current()));
    }
}
