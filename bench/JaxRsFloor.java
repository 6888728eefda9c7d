import com.allinaccountability.sandbox.web.StatusServlet;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.rest.Responses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The floor under the panel's throughput: what a JAX-RS GET that does no work costs in the sandbox's Jetty and Jersey,
 * next to the sandbox's own {@code /jira/status} servlet, in one process. It serves
 *
 * <ul>
 *   <li>{@code GET /jira/status}: the sandbox's {@link StatusServlet}, the same class the sandbox mounts;
 *   <li>{@code GET /jira/rest/accountability/1.0/floor/{key}}: a resource with the panel resource's shape (a path
 *       parameter, the security context, a JSON answer through {@link Responses#ok}) that reads nothing, registered
 *       with the providers the accountability API registers ({@link AccountabilityRestApi#providers()}).
 * </ul>
 *
 * <p>Run from the repository root after building the sandbox jar; {@code bench/panel-vs-status.sh} does this:
 * {@code java -cp sandbox/target/accountability-sandbox.jar bench/JaxRsFloor.java 2996}. Not part of any build.
 */
public final class JaxRsFloor {

    @Path("/floor")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class FloorResource {
        @GET
        @Path("/{issueKey}")
        public Response floor(@PathParam("issueKey") String issueKey, @Context SecurityContext security) {
            return Responses.ok(Map.of("issueKey", issueKey, "version", 1)).build();
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/jira");
        context.addServlet(new ServletHolder(new StatusServlet()), "/status");

        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.registerInstances(new FloorResource());
        AccountabilityRestApi.providers().forEach(config::register);
        ServletHolder jersey = new ServletHolder(new ServletContainer(config));
        jersey.setInitOrder(1);
        context.addServlet(jersey, "/rest/accountability/1.0/*");

        Server server = new Server(port);
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        System.out.println("JAX-RS floor on http://127.0.0.1:" + port + "/jira");
        server.join();
    }
}
