package com.allinaccountability.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.report.ProjectReport;
import com.allinaccountability.core.report.Rate;
import com.allinaccountability.web.report.ReportJson;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.net.Response;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The Confluence plugin jar, as built, in a real OSGi plugin container (see {@link PluginContainer}): it resolves
 * against what the host exports, Gemini Blueprint builds its Spring context, the macro is created by constructor
 * autowiring as Confluence creates it, every class links, and the macro renders through the host's template renderer
 * (Velocity 1.x) while the thread's context class loader is the host's, not the plugin's.
 */
class ConfluencePluginContainerIT {
    static final String HOSTILE = "<script>alert('x')</script> & \"co\"";
    private static final Path JAR = Path.of(System.getProperty("confluence.plugin.jar", "target/missing.jar"));
    private static PluginContainer container;
    private static Bundle bundle;
    private static Object spring;
    private static final AtomicReference<HostTemplateRenderer> RENDERER = new AtomicReference<>();
    private static final AtomicReference<String> ASKED = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        container = PluginContainer.start(Path.of(System.getProperty("felix.storage", "target/felix-cache"),
                "confluence"), Path.of(System.getProperty("container.bundles", "target/container-bundles")));
        container.register(TemplateRenderer.class.getName(), templateRenderers(RENDERER));
        container.register(ApplicationLinkService.class.getName(), jiraLink(ReportJson.write(aReport())));
        bundle = container.installAndStart(JAR);
        spring = container.applicationContext(bundle, 60_000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (container != null) {
            container.close();
        }
    }

    @Test
    void the_bundle_resolves_and_its_spring_context_is_published() {
        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle.getSymbolicName()).isEqualTo(System.getProperty("confluence.plugin.key"));
        assertThat(spring).isNotNull();
    }

    @Test
    void every_class_the_descriptor_names_is_built_by_constructor_autowiring() throws Exception {
        List<String> named = Descriptors.namedClasses(Descriptors.descriptor(bundle));
        assertThat(named).contains("com.allinaccountability.confluence.ReportMacro");
        for (String name : named) {
            Class<?> type = bundle.loadClass(name);
            if (!type.isInterface()) {
                assertThat(PluginContainer.autowire(spring, type)).as(name).isInstanceOf(type);
            }
        }
    }

    @Test
    void every_class_in_the_jar_links() throws Exception {
        assertThat(PluginContainer.linkEveryClass(bundle, JAR)).isEmpty();
    }

    @Test
    void the_macro_renders_the_report_through_the_host_renderer_under_the_hosts_context_class_loader()
            throws Exception {
        Macro macro = (Macro) PluginContainer.autowire(spring, bundle.loadClass(
                "com.allinaccountability.confluence.ReportMacro"));

        String html = asTheHost(() -> macro.execute(Map.of("project", "ACC", "period", "last-4-weeks"), "", null));

        Document page = Jsoup.parse(html);
        assertThat(page.select("section.accountability-report")).hasSize(1);
        assertThat(page.select("svg")).isNotEmpty();
        assertThat(ASKED.get()).startsWith("/rest/accountability/1.0/reports/projects/ACC?from=");
        // User text from Jira's answer, escaped once by the host's renderer: present as text, never as markup.
        assertThat(page.text()).contains(HOSTILE);
        assertThat(page.select("script")).isEmpty();
        assertThat(html).contains("&lt;script&gt;").doesNotContain("&amp;lt;").doesNotContain("$")
                .doesNotContain("enable_html_escaping");
        assertThat(RENDERER.get().refusedCalls()).as("calls the host's allowlist refuses").isEmpty();
    }

    @Test
    void a_hostile_project_parameter_is_a_warning_with_the_text_escaped() throws Exception {
        Macro macro = (Macro) PluginContainer.autowire(spring, bundle.loadClass(
                "com.allinaccountability.confluence.ReportMacro"));

        String html = asTheHost(() -> macro.execute(Map.of("project", HOSTILE), "", null));

        Document page = Jsoup.parse(html);
        assertThat(page.select(".confluence-information-macro-warning")).hasSize(1);
        assertThat(page.text()).contains(HOSTILE);
        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("$");
        assertThat(RENDERER.get().refusedCalls()).isEmpty();
    }

    interface Rendering {
        String run() throws Exception;
    }

    /**
     * Runs as a host request thread: the context class loader is the host's web application loader (here one whose
     * parent holds the host's Velocity 1.x), never the plugin's.
     */
    static String asTheHost(Rendering rendering) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader host = new URLClassLoader(new URL[0], HostTemplateRenderer.class.getClassLoader())) {
            thread.setContextClassLoader(host);
            return rendering.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The host's template renderer service: each plugin gets one reading templates from its own bundle. */
    static ServiceFactory<TemplateRenderer> templateRenderers(AtomicReference<HostTemplateRenderer> last) {
        return new ServiceFactory<>() {
            @Override
            public TemplateRenderer getService(Bundle plugin, ServiceRegistration<TemplateRenderer> registration) {
                try {
                    HostTemplateRenderer renderer = new HostTemplateRenderer(
                            plugin.adapt(BundleWiring.class).getClassLoader(),
                            Descriptors.allowlist(Descriptors.descriptor(plugin)));
                    last.set(renderer);
                    return renderer;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void ungetService(Bundle plugin, ServiceRegistration<TemplateRenderer> registration,
                    TemplateRenderer service) {
            }
        };
    }

    /** A primary Jira link whose authenticated request answers 200 with {@code json}. */
    static ApplicationLinkService jiraLink(String json) {
        Response response = HostFakes.of(Response.class, Map.of(
                "getStatusCode", args -> 200,
                "getResponseBodyAsString", args -> json,
                "isSuccessful", args -> true));
        ApplicationLinkRequest request = HostFakes.of(ApplicationLinkRequest.class, Map.of(
                "execute", args -> HostFakes.call(args[0], "handle", response)));
        Function<Object[], Object> createRequest = args -> {
            ASKED.set((String) args[1]);
            return request;
        };
        ApplicationLinkRequestFactory factory = HostFakes.of(ApplicationLinkRequestFactory.class,
                Map.of("createRequest", createRequest));
        ApplicationLink link = HostFakes.of(ApplicationLink.class,
                Map.of("createAuthenticatedRequestFactory", args -> factory));
        return HostFakes.of(ApplicationLinkService.class, Map.of("getPrimaryApplicationLink", args -> link));
    }

    /** What Jira's report endpoint answers, with user text in lessons and owners. */
    static ProjectReport aReport() {
        LocalDate from = LocalDate.parse("2026-03-04");
        Instant at = Instant.parse("2026-03-20T09:00:00Z");
        return new ProjectReport(
                new ProjectReport.Period("ACC", from, LocalDate.parse("2026-03-31"),
                        Instant.parse("2026-03-31T12:00:00Z")),
                new ProjectReport.Funnel(1, Map.of(), new ProjectReport.Steps(1, 1, 1, 1, 1, 1, 1)),
                new ProjectReport.Rates(new Rate(1, 1), 0, new Rate(1, 1), new Rate(1, 1), new Rate(1, 1),
                        new Rate(1, 1), new Rate(1, 1), new Rate(1, 1)),
                Map.of(RetrospectiveResult.MET, 1), new ProjectReport.CheckInHealth(Map.of(), 0, 0, 0), Map.of(),
                List.of(new ProjectReport.OwnerRow(HOSTILE, 1, 1, new Rate(1, 1), Map.of(RetrospectiveResult.MET, 1))),
                List.of(new ProjectReport.Lesson("ACC-1", HOSTILE, at, RetrospectiveResult.MET, HOSTILE)),
                List.of(new ProjectReport.Week(LocalDate.parse("2026-03-02"), 1, 0, 0, 0, 0)));
    }
}
