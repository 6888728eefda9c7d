package com.allinaccountability.sandbox.hooks;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Everything the accountability layer plugs into the sandbox host. Built once by a {@link SandboxModule}; each part
 * has a do-nothing default so the host runs (and is tested) on its own.
 *
 * @param restResources registers JAX-RS resources, providers and binders on the one Jersey application mounted at
 *     {@code /jira/rest/*}; a resource with {@code @Path("accountability/1.0")} answers under
 *     {@code /jira/rest/accountability/1.0}
 */
public record Extensions(
        TransitionGate transitionGate,
        PanelRenderer panelRenderer,
        IssueListColumns issueListColumns,
        List<ProjectPage> projectPages,
        Consumer<ResourceConfig> restResources,
        SampleAccountability sampleAccountability) {

    public Extensions {
        Objects.requireNonNull(transitionGate, "transitionGate");
        Objects.requireNonNull(panelRenderer, "panelRenderer");
        Objects.requireNonNull(issueListColumns, "issueListColumns");
        projectPages = List.copyOf(projectPages);
        Objects.requireNonNull(restResources, "restResources");
        Objects.requireNonNull(sampleAccountability, "sampleAccountability");
    }

    public static Extensions none() {
        return new Extensions(TransitionGate.ALLOW_ALL, PanelRenderer.NONE, IssueListColumns.NONE, List.of(),
                config -> {}, SampleAccountability.NONE);
    }

    public Extensions withTransitionGate(TransitionGate gate) {
        return new Extensions(gate, panelRenderer, issueListColumns, projectPages, restResources,
                sampleAccountability);
    }

    public Extensions withPanelRenderer(PanelRenderer renderer) {
        return new Extensions(transitionGate, renderer, issueListColumns, projectPages, restResources,
                sampleAccountability);
    }

    public Extensions withIssueListColumns(IssueListColumns columns) {
        return new Extensions(transitionGate, panelRenderer, columns, projectPages, restResources,
                sampleAccountability);
    }

    public Extensions withProjectPages(List<ProjectPage> pages) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, pages, restResources,
                sampleAccountability);
    }

    public Extensions withRestResources(Consumer<ResourceConfig> registration) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, registration,
                sampleAccountability);
    }

    public Extensions withSampleAccountability(SampleAccountability seeding) {
        return new Extensions(transitionGate, panelRenderer, issueListColumns, projectPages, restResources, seeding);
    }
}
