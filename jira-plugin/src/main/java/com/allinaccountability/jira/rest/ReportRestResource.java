package com.allinaccountability.jira.rest;

import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.rest.ReportResource;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Jira's face of the web layer's {@link ReportResource}: the project report as JSON, HTML or Confluence storage
 * format. A read: open to anonymous callers where the site allows anonymous access, as the other reads; the core
 * answers 404 for a project the caller may not browse and counts only the issues they may browse. In Jira the HTML
 * and storage formats are rendered by Jira's template renderer (the {@code ReportViews} bean over
 * {@code JiraTemplates}). See {@link IssueRestResource}.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public final class ReportRestResource {
    private final ReportResource reports;
    private final JiraCallers callers;

    /**
     * Built by Jira's REST module (REST v2). {@code @Inject} marks the constructor to use: every Platform 7/8 REST v2
     * resource in public plugins carries it, and whether REST v2 builds resources through Spring or HK2 is not
     * documented; both honour it.
     */
    @Inject
    public ReportRestResource(ReportResource reports, JiraCallers callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Path("/projects/{projectKey}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, ReportResource.STORAGE_FORMAT})
    @AnonymousSiteAccess
    public Response report(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") String format, @Context HttpHeaders headers) {
        return reports.report(projectKey, from, to, format, headers, new JiraSecurityContext(callers.current()));
    }
}
