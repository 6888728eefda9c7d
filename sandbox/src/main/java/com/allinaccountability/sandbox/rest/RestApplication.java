package com.allinaccountability.sandbox.rest;

import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.workflow.WorkflowService;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey applications of the sandbox, as Jira has one per REST module: the sandbox's slice of Jira's own REST API
 * at {@code /jira/rest/*}, and the accountability layer's at {@code /jira/rest/accountability/1.0/*}.
 */
public final class RestApplication {

    private RestApplication() {}

    public static ResourceConfig create(WorkflowService workflow) {
        ResourceConfig config = new ResourceConfig();
        // Our own mappers answer malformed JSON in Jira's error collection instead of Jackson's plain text.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new JsonErrorMappers.MalformedJson());
        config.register(new JsonErrorMappers.WebApplication());
        config.register(new TransitionsResource(workflow));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Error pages of the servlet container would replace our JSON bodies.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }

    /** The accountability REST module: only what the accountability layer registers, with its own providers. */
    public static ResourceConfig accountability(Extensions extensions) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        extensions.restResources().accept(config);
        return config;
    }
}
