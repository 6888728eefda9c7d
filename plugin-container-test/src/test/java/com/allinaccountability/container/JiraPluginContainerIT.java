package com.allinaccountability.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Jira plugin jar, as built, in a real OSGi plugin container (see {@link PluginContainer}): it resolves against
 * what the host exports, Gemini Blueprint builds its Spring context from fake host services registered for every
 * {@code osgi:reference}, every class the descriptor names (and every REST resource and provider) is created by
 * constructor autowiring, every class links, and the issue panel and the gate views render through the host's
 * template renderer on Velocity 1.x with Jira's escaping, under the host's context class loader.
 */
class JiraPluginContainerIT {
    static final String HOSTILE = ConfluencePluginContainerIT.HOSTILE;
    private static final Path JAR = Path.of(System.getProperty("jira.plugin.jar", "target/missing.jar"));
    private static final String PANEL = "templates/accountability/panel.vm";
    private static PluginContainer container;
    private static Bundle bundle;
    private static Object spring;
    private static final AtomicReference<HostTemplateRenderer> RENDERER = new AtomicReference<>();
    private static final List<String> REFERENCES = new ArrayList<>();
    /** Web-resources the plugin required through the host's page builder. */
    private static final List<String> REQUIRED = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Global permissions the plugin asked the host about, and mail it queued. */
    private static final List<Object> ASKED_GLOBAL_PERMISSIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final List<Object> QUEUED_MAIL = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        container = PluginContainer.start(Path.of(System.getProperty("felix.storage", "target/felix-cache"), "jira"),
                Path.of(System.getProperty("container.bundles", "target/container-bundles")));
        Map<String, Object> services = hostServices();
        try (InputStream in = new java.util.jar.JarFile(JAR.toFile()).getInputStream(
                new java.util.jar.JarFile(JAR.toFile()).getEntry("META-INF/spring/plugin-context.xml"))) {
            NodeList references = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS("http://www.springframework.org/schema/osgi", "reference");
            for (int i = 0; i < references.getLength(); i++) {
                REFERENCES.add(((Element) references.item(i)).getAttribute("interface"));
            }
        }
        for (String service : REFERENCES) {
            Object fake = services.get(service);
            container.register(service, fake != null ? fake : HostFakes.of(Class.forName(service)));
        }
        bundle = container.installAndStart(JAR);
        spring = container.applicationContext(bundle, 60_000);
    }

    @AfterAll
    static void stop() throws Exception {
        if (container != null) {
            container.close();
        }
    }

    /** The host services the rendered scenarios need answers from; every other reference gets a neutral fake. */
    private static Map<String, Object> hostServices() {
        com.atlassian.jira.issue.issuetype.IssueType hostileType = HostFakes.of(
                com.atlassian.jira.issue.issuetype.IssueType.class, Map.of("getName", args -> HOSTILE));
        Project project = HostFakes.of(Project.class, Map.of("getId", args -> 10_000L, "getKey", args -> "ACC",
                "getName", args -> "Project ACC", "getIssueTypes", args -> List.of(hostileType),
                "getProjectLead", args -> user()));
        Issue issue = HostFakes.of(com.atlassian.jira.issue.MutableIssue.class, Map.of("getId", args -> 10_001L, "getKey", args -> "ACC-1",
                "getProjectObject", args -> project, "getProjectId", args -> 10_000L,
                "getSummary", args -> HOSTILE));
        Map<String, Object> services = new HashMap<>();
        services.put(TemplateRenderer.class.getName(), ConfluencePluginContainerIT.templateRenderers(RENDERER));
        services.put(IssueManager.class.getName(), HostFakes.of(IssueManager.class,
                Map.of("getIssueObject", args -> issue)));
        services.put(com.atlassian.jira.user.util.UserManager.class.getName(), HostFakes.of(
                com.atlassian.jira.user.util.UserManager.class, Map.of("getUserByKey", args -> user())));
        services.put(com.atlassian.jira.security.JiraAuthenticationContext.class.getName(), HostFakes.of(
                com.atlassian.jira.security.JiraAuthenticationContext.class, Map.of(
                        "getLoggedInUser", args -> user(), "getLocale", args -> java.util.Locale.ENGLISH)));
        services.put(com.atlassian.sal.api.ApplicationProperties.class.getName(), HostFakes.of(
                com.atlassian.sal.api.ApplicationProperties.class, Map.of("getBaseUrl", args -> "/jira")));
        com.atlassian.webresource.api.assembler.RequiredResources required = HostFakes.of(
                com.atlassian.webresource.api.assembler.RequiredResources.class, Map.of());
        com.atlassian.webresource.api.assembler.RequiredResources recording = HostFakes.of(
                com.atlassian.webresource.api.assembler.RequiredResources.class, Map.of("requireWebResource", args -> {
                    REQUIRED.add((String) args[0]);
                    return required;
                }));
        com.atlassian.webresource.api.assembler.WebResourceAssembler assembler = HostFakes.of(
                com.atlassian.webresource.api.assembler.WebResourceAssembler.class,
                Map.of("resources", args -> recording));
        services.put(com.atlassian.webresource.api.assembler.PageBuilderService.class.getName(), HostFakes.of(
                com.atlassian.webresource.api.assembler.PageBuilderService.class,
                Map.of("assembler", args -> assembler)));
        services.put(PermissionManager.class.getName(), HostFakes.of(PermissionManager.class,
                Map.of("hasPermission", args -> true)));
        services.put(com.atlassian.jira.project.ProjectManager.class.getName(),
                HostFakes.of(com.atlassian.jira.project.ProjectManager.class, Map.of(
                        "getProjectObj", args -> project, "getProjectByCurrentKey", args -> project,
                        "getProjects", args -> List.of(project))));
        // Jira administrators: whoever is asked about with the ADMINISTER key (the only global permission we ask).
        services.put(com.atlassian.jira.security.GlobalPermissionManager.class.getName(), HostFakes.of(
                com.atlassian.jira.security.GlobalPermissionManager.class, Map.of("hasPermission", args -> {
                    ASKED_GLOBAL_PERMISSIONS.add(args[0]);
                    return args[0] == com.atlassian.jira.permission.GlobalPermissionKey.ADMINISTER && args[1] != null;
                })));
        // Jira's mail queue: records what the plugin queues (nothing at start-up).
        services.put(com.atlassian.mail.queue.MailQueue.class.getName(), HostFakes.of(
                com.atlassian.mail.queue.MailQueue.class, Map.of("addItem", args -> QUEUED_MAIL.add(args[0]))));
        // An Active Objects with no rows yet: the record of ACC-1 is empty.
        Function<Object[], Object> none = args -> Array.newInstance((Class<?>) args[0], 0);
        services.put(ActiveObjects.class.getName(), HostFakes.of(ActiveObjects.class, Map.of(
                "find", none,
                "get", args -> args[1] != null && args[1].getClass().isArray() ? none.apply(args) : null,
                "count", args -> 0,
                "executeInTransaction", args -> HostFakes.call(args[0], "doInTransaction"))));
        return services;
    }

    @Test
    void the_bundle_resolves_and_its_spring_context_is_published() {
        assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle.getSymbolicName()).isEqualTo(System.getProperty("jira.plugin.key"));
        assertThat(spring).isNotNull();
        assertThat(REFERENCES).as("host services the context imports").hasSizeGreaterThan(10);
        // Resolved against Jira 11's Jakarta EE 10 levels: Servlet 6.0 and JAX-RS 3.1.
        assertThat(container.exportedPackages()).contains("jakarta.servlet.http;version=6.0.0",
                "jakarta.ws.rs;version=3.1.0", "jakarta.inject;version=2.0.1");
    }

    @Test
    void every_class_the_descriptor_names_and_every_rest_resource_is_built_by_constructor_autowiring()
            throws Exception {
        org.w3c.dom.Document descriptor = Descriptors.descriptor(bundle);
        List<String> named = new ArrayList<>(Descriptors.namedClasses(descriptor));
        for (String restPackage : Descriptors.restPackages(descriptor)) {
            Enumeration<URL> classes = bundle.findEntries(restPackage.replace('.', '/'), "*.class", false);
            while (classes != null && classes.hasMoreElements()) {
                String path = classes.nextElement().getPath();
                String name = path.substring(1, path.length() - 6).replace('/', '.');
                Class<?> type = bundle.loadClass(name);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    named.add(name);
                }
                for (Class<?> nested : type.getDeclaredClasses()) {
                    if (nested.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                        named.add(nested.getName());
                    }
                }
            }
        }
        assertThat(named).contains("com.allinaccountability.jira.panel.AccountabilityPanelContextProvider",
                "com.allinaccountability.jira.workflow.AccountabilityGateValidatorFactory",
                "com.allinaccountability.jira.admin.PolicyAdminServlet",
                "com.allinaccountability.jira.rest.IssueRestResource",
                "com.allinaccountability.jira.rest.MyselfRestResource",
                "com.allinaccountability.jira.rest.DigestRestResource",
                "com.allinaccountability.jira.waiting.WaitingPageServlet");
        int built = 0;
        for (String name : named) {
            Class<?> type = bundle.loadClass(name);
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                assertThat(PluginContainer.autowire(spring, type)).as(name).isInstanceOf(type);
                built++;
            }
        }
        assertThat(built).isGreaterThanOrEqualTo(12);
    }

    @Test
    void every_class_in_the_jar_links() throws Exception {
        assertThat(PluginContainer.linkEveryClass(bundle, JAR)).isEmpty();
    }

    @Test
    void the_panel_renders_nothing_when_the_context_provider_gives_an_empty_context() throws Exception {
        Object provider = provider();
        JiraHelper noIssue = mock(JiraHelper.class);
        when(noIssue.getContextParams()).thenReturn(Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) HostFakes.call(provider, "getContextMap", user(), noIssue);
        assertThat(context).isEmpty();

        String html = ConfluencePluginContainerIT.asTheHost(() -> renderer().render(PANEL, context));

        assertThat(html.strip()).isEmpty();
        assertThat(renderer().refusedCalls()).isEmpty();
    }

    @Test
    void the_panel_renders_an_issues_record_through_the_host_renderer() throws Exception {
        Object provider = provider();
        Issue issue = ((IssueManager) container.context().getService(container.context()
                .getServiceReference(IssueManager.class.getName()))).getIssueObject("ACC-1");
        JiraHelper helper = mock(JiraHelper.class);
        when(helper.getContextParams()).thenReturn(Map.of("issue", issue));
        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) HostFakes.call(provider, "getContextMap", user(), helper);
        assertThat(context).containsKeys("model", "i18n");

        String html = ConfluencePluginContainerIT.asTheHost(() -> renderer().render(PANEL, context));

        Document panel = Jsoup.parse(html);
        assertThat(panel.select("div.accountability-panel").attr("data-issue-key")).isEqualTo("ACC-1");
        assertThat(panel.select("div.accountability-panel").attr("data-caller")).isEqualTo("a<b>\"lice");
        assertThat(html).doesNotContain("$").doesNotContain("a<b>").doesNotContain("enable_html_escaping");
        assertThat(renderer().refusedCalls()).as("calls the host's allowlist refuses").isEmpty();
    }

    @Test
    void the_gate_views_render_through_the_host_renderer_with_descriptor_text_escaped() throws Exception {
        Object factory = PluginContainer.autowire(spring,
                bundle.loadClass("com.allinaccountability.jira.workflow.AccountabilityGateValidatorFactory"));
        ValidatorDescriptor descriptor = newValidatorDescriptor();
        descriptor.getArgs().put("requirements", "EXPECTATION_SET,WHY_STATED");
        descriptor.getArgs().put("issueTypes", HOSTILE);

        Map<String, Object> view = params(factory, "getVelocityParamsForView", descriptor);
        Map<String, Object> edit = params(factory, "getVelocityParamsForEdit", descriptor);
        String summary = ConfluencePluginContainerIT.asTheHost(
                () -> renderer().render("templates/jira/workflow/gate-view.vm", view));
        String form = ConfluencePluginContainerIT.asTheHost(
                () -> renderer().render("templates/jira/workflow/gate-parameters.vm", edit));

        Document summaryHtml = Jsoup.parse(summary);
        assertThat(summaryHtml.select("strong").eachText()).hasSize(2);
        assertThat(summaryHtml.text()).contains(", ");
        assertThat(summary).doesNotContain("$").doesNotContain("<script>");
        Document formHtml = Jsoup.parse(form);
        assertThat(formHtml.select("input[name=requirements]")).hasSize(7);
        assertThat(formHtml.select("input[name=requirements][checked]").eachAttr("value"))
                .containsExactly("EXPECTATION_SET", "WHY_STATED");
        assertThat(form).doesNotContain("$").doesNotContain("<script>");
        assertThat(renderer().refusedCalls()).as("calls the host's allowlist refuses").isEmpty();
    }

    @Test
    void the_policy_page_renders_through_the_host_renderer_and_requires_its_resources() throws Exception {
        REQUIRED.clear();
        Object servlet = PluginContainer.autowire(spring,
                bundle.loadClass("com.allinaccountability.jira.admin.PolicyAdminServlet"));
        jakarta.servlet.http.HttpServletRequest request = mock(jakarta.servlet.http.HttpServletRequest.class);
        when(request.getParameter("projectKey")).thenReturn("ACC");
        jakarta.servlet.http.HttpServletResponse response = mock(jakarta.servlet.http.HttpServletResponse.class);
        java.io.StringWriter body = new java.io.StringWriter();
        when(response.getWriter()).thenReturn(new java.io.PrintWriter(body));
        Method doGet = servlet.getClass().getDeclaredMethod("doGet", jakarta.servlet.http.HttpServletRequest.class,
                jakarta.servlet.http.HttpServletResponse.class);
        doGet.setAccessible(true);

        ConfluencePluginContainerIT.asTheHost(() -> {
            doGet.invoke(servlet, request, response);
            return "";
        });

        String html = body.toString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("admin");
        assertThat(page.select("div.accountability-policy")).hasSize(1);
        assertThat(page.select("input[name=issueTypes]").eachAttr("value")).contains(HOSTILE);
        assertThat(html).doesNotContain("$").doesNotContain("<script>").doesNotContain("&amp;lt;");
        assertThat(REQUIRED).containsExactly(System.getProperty("jira.plugin.key") + ":accountability-policy-resources");
        assertThat(renderer().refusedCalls()).as("calls the host's allowlist refuses").isEmpty();
    }

    @Test
    void the_digest_side_is_built_from_the_hosts_services() throws Exception {
        assertThat(REFERENCES).contains("com.atlassian.mail.queue.MailQueue",
                "com.atlassian.jira.security.GlobalPermissionManager", "com.atlassian.sal.api.message.LocaleResolver",
                "com.atlassian.sal.api.timezone.TimeZoneManager");

        List<?> projects = (List<?>) HostFakes.call(PluginContainer.bean(spring, "jiraDirectory"), "projects");
        assertThat(projects).hasSize(1);
        assertThat(projects.get(0).toString()).contains("projectKey=ACC", "lead=Optional[a<b>\"lice]");

        Object transport = PluginContainer.bean(spring, "mailTransport");
        assertThat(transport.getClass().getInterfaces()).extracting(Class::getName)
                .containsExactly("com.allinaccountability.web.digest.MailTransport");
        assertThat(QUEUED_MAIL).as("nothing is mailed at start-up").isEmpty();

        Class<?> callers = bundle.loadClass("com.allinaccountability.core.port.Caller");
        Object alice = callers.getMethod("of", String.class).invoke(null, "a<b>\"lice");
        Object anonymous = callers.getMethod("anonymous").invoke(null);
        Object rights = PluginContainer.bean(spring, "jiraRights");
        assertThat(HostFakes.call(rights, "isAdministrator", alice)).isEqualTo(true);
        assertThat(HostFakes.call(rights, "isAdministrator", anonymous)).isEqualTo(false);
        assertThat(ASKED_GLOBAL_PERMISSIONS)
                .containsExactly(com.atlassian.jira.permission.GlobalPermissionKey.ADMINISTER);
    }

    @Test
    void waiting_for_me_renders_through_the_host_renderer_and_requires_its_resources() throws Exception {
        REQUIRED.clear();
        Object servlet = PluginContainer.autowire(spring,
                bundle.loadClass("com.allinaccountability.jira.waiting.WaitingPageServlet"));
        jakarta.servlet.http.HttpServletRequest request = mock(jakarta.servlet.http.HttpServletRequest.class);
        jakarta.servlet.http.HttpServletResponse response = mock(jakarta.servlet.http.HttpServletResponse.class);
        java.io.StringWriter body = new java.io.StringWriter();
        when(response.getWriter()).thenReturn(new java.io.PrintWriter(body));
        Method doGet = servlet.getClass().getDeclaredMethod("doGet", jakarta.servlet.http.HttpServletRequest.class,
                jakarta.servlet.http.HttpServletResponse.class);
        doGet.setAccessible(true);

        ConfluencePluginContainerIT.asTheHost(() -> {
            doGet.invoke(servlet, request, response);
            return "";
        });

        String html = body.toString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("atl.general");
        assertThat(page.select("section.accountability-waiting")).hasSize(1);
        assertThat(page.select("p.acc-waiting-empty")).as("no rows in the host's Active Objects").hasSize(1);
        assertThat(page.select("option[selected]").attr("value")).as("the default frequency").isEqualTo("WEEKLY");
        assertThat(html).doesNotContain("$").doesNotContain("&amp;lt;");
        assertThat(REQUIRED).containsExactly(System.getProperty("jira.plugin.key") + ":accountability-waiting-resources");
        assertThat(renderer().refusedCalls()).as("calls the host's allowlist refuses").isEmpty();
    }

    private static Object provider() throws Exception {
        return PluginContainer.autowire(spring,
                bundle.loadClass("com.allinaccountability.jira.panel.AccountabilityPanelContextProvider"));
    }

    /** The template renderer the plugin's Spring context imported (the host's service, as this plugin sees it). */
    private static PluginRenderer renderer() throws Exception {
        TemplateRenderer imported = (TemplateRenderer) PluginContainer.bean(spring, "templateRenderer");
        return new PluginRenderer(imported);
    }

    record PluginRenderer(TemplateRenderer imported) {
        String render(String template, Map<String, Object> context) throws java.io.IOException {
            java.io.StringWriter out = new java.io.StringWriter();
            imported.render(template, context, out);
            return out.toString();
        }

        List<String> refusedCalls() {
            assertThat(RENDERER.get()).as("the host made the plugin's renderer").isNotNull();
            return RENDERER.get().refusedCalls();
        }
    }

    private static ApplicationUser user() {
        return HostFakes.of(ApplicationUser.class, Map.of("getKey", args -> "a<b>\"lice",
                "getUsername", args -> "alice", "getDisplayName", args -> HOSTILE));
    }

    private static ValidatorDescriptor newValidatorDescriptor() throws Exception {
        var constructor = ValidatorDescriptor.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** Jira's workflow screens: the factory's velocity parameters, plus Jira's {@code $i18n} over the plugin's bundle. */
    private static Map<String, Object> params(Object factory, String method, AbstractDescriptor descriptor)
            throws Exception {
        Map<String, Object> params = new HashMap<>();
        Method fill = factory.getClass().getSuperclass().getDeclaredMethod(method, Map.class, AbstractDescriptor.class);
        fill.setAccessible(true);
        fill.invoke(factory, params, descriptor);
        Properties texts = new Properties();
        for (String bundleName : List.of("i18n/accountability.properties", "i18n/accountability-jira.properties")) {
            try (InputStream in = bundle.getEntry(bundleName).openStream()) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        params.put("i18n", HostFakes.of(I18nHelper.class, Map.of("getText", args -> texts.getProperty(
                (String) args[0], (String) args[0]))));
        return params;
    }
}
