package com.allinaccountability.sandbox.hooks;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Everything the accountability layer plugs into the sandbox host. Built once by a {@link SandboxModule}; each part
 * has a do-nothing default so the host runs (and is tested) on its own.
 *
 * @param restResources registers JAX-RS resources and providers on the Jersey application mounted at
 *     {@code /jira/rest/accountability/1.0/*} (as Jira mounts a plugin's REST module); a resource with
 *     {@code @Path("/issues")} answers under {@code /jira/rest/accountability/1.0/issues}
 * @param sitePages pages under {@code /jira/{name}}, such as "Waiting for me"
 * @param headerLinks links in every page's header, such as "Waiting for me" with its count
 * @param digestJob what the digest scheduler runs
 * @param issueChanged told the ids of issues whose status changed (a workflow transition), to re-derive what waits
 */
public record Extensions(
        TransitionGate transitionGate,
        PanelRenderer panelRenderer,
        IssueListColumns issueListColumns,
        List<ProjectPage> projectPages,
        Consumer<ResourceConfig> restResources,
        SampleAccountability sampleAccountability,
        List<SitePage> sitePages,
        HeaderLinks headerLinks,
        DigestJob digestJob,
        Consumer<List<Long>> issueChanged) {

    public Extensions {
        Objects.requireNonNull(transitionGate, "transitionGate");
        Objects.requireNonNull(panelRenderer, "panelRenderer");
        Objects.requireNonNull(issueListColumns, "issueListColumns");
        projectPages = List.copyOf(projectPages);
        Objects.requireNonNull(restResources, "restResources");
        Objects.requireNonNull(sampleAccountability, "sampleAccountability");
        sitePages = List.copyOf(sitePages);
        Objects.requireNonNull(headerLinks, "headerLinks");
        Objects.requireNonNull(digestJob, "digestJob");
        Objects.requireNonNull(issueChanged, "issueChanged");
    }

    public static Extensions none() {
        return new Extensions(TransitionGate.ALLOW_ALL, PanelRenderer.NONE, IssueListColumns.NONE, List.of(),
                config -> {}, SampleAccountability.NONE, List.of(), HeaderLinks.NONE, DigestJob.NONE, ids -> {});
    }

    public Extensions withTransitionGate(TransitionGate gate) {
        return new Extensions(gate, panelRenderer, issueListColumns, projectPages, restResources,
                sampleAccountability, sitePages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withPanelRenderer(PanelRenderer renderer) {
        return new Extensions(transitionGate, renderer, issueListColumns, projectPages, restResources,
                sampleAccountability, sitePages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withIssueListColumns(IssueListColumns columns) {
        return new Extensions(transitionGate, panelRenderer, columns, projectPages, restResources,
                sampleAccountability, sitePages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withProjectPages(List<ProjectPage> pages) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, pages, restResources,
                sampleAccountability, sitePages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withRestResources(Consumer<ResourceConfig> registration) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, registration,
                sampleAccountability, sitePages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withSampleAccountability(SampleAccountability seeding) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, restResources, seeding,
                sitePages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withSitePages(List<SitePage> pages) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, restResources,
                sampleAccountability, pages, headerLinks, digestJob, issueChanged);
    }

    public Extensions withHeaderLinks(HeaderLinks links) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, restResources,
                sampleAccountability, sitePages, links, digestJob, issueChanged);
    }

    public Extensions withDigestJob(DigestJob job) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, restResources,
                sampleAccountability, sitePages, headerLinks, job, issueChanged);
    }

    public Extensions withIssueChanged(Consumer<List<Long>> listener) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, restResources,
                sampleAccountability, sitePages, headerLinks, digestJob, listener);
    }
}
