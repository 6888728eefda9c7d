package com.allinaccountability.sandbox.rest;

import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.workflow.WorkflowService;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The one Jersey application mounted at {@code /jira/rest/*}: the sandbox's slice of Jira's REST API, then whatever
 * the accountability layer registers through {@link Extensions#restResources()}.
 */
public final class RestApplication {

    private RestApplication() {}

    public static ResourceConfig create(WorkflowService workflow, Extensions extensions) {
        ResourceConfig config = new ResourceConfig();
        // Our own mappers answer malformed JSON in Jira's error collection instead of Jackson's plain text.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new JsonErrorMappers.MalformedJson());
        config.register(new JsonErrorMappers.WebApplication());
        config.register(new TransitionsResource(workflow));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Error pages of the servlet container would replace our JSON bodies.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        extensions.restResources().accept(config);
        return config;
    }
}
