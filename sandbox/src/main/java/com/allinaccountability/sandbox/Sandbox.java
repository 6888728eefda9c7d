package com.allinaccountability.sandbox;

import com.allinaccountability.sandbox.auth.AuthenticationFilter;
import com.allinaccountability.sandbox.auth.CsrfTokens;
import com.allinaccountability.sandbox.auth.LoginServlet;
import com.allinaccountability.sandbox.auth.LogoutServlet;
import com.allinaccountability.sandbox.auth.PasswordHasher;
import com.allinaccountability.sandbox.auth.XsrfFilter;
import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.db.Jdbc;
import com.allinaccountability.sandbox.db.Schema;
import com.allinaccountability.sandbox.db.StartupLock;
import com.allinaccountability.sandbox.digest.DigestScheduler;
import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.hooks.HeaderLinks;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.sandbox.hooks.SitePage;
import com.allinaccountability.sandbox.hooks.SandboxModule;
import com.allinaccountability.sandbox.host.GeneratedPeople;
import com.allinaccountability.sandbox.host.IssueGenerator;
import com.allinaccountability.sandbox.host.Projects;
import com.allinaccountability.sandbox.host.SampleData;
import com.allinaccountability.sandbox.host.SandboxDirectory;
import com.allinaccountability.sandbox.host.SandboxIssues;
import com.allinaccountability.sandbox.host.SandboxRights;
import com.allinaccountability.sandbox.host.SandboxUsers;
import com.allinaccountability.sandbox.mail.Outbox;
import com.allinaccountability.sandbox.mail.SmtpMailTransport;
import com.allinaccountability.sandbox.rest.RestApplication;
import com.allinaccountability.sandbox.web.IssuePageServlet;
import com.allinaccountability.sandbox.web.NotFoundPages;
import com.allinaccountability.sandbox.web.OutboxServlet;
import com.allinaccountability.sandbox.web.Pages;
import com.allinaccountability.sandbox.web.ProjectServlet;
import com.allinaccountability.sandbox.web.RootServlet;
import com.allinaccountability.sandbox.web.SecurityHeadersFilter;
import com.allinaccountability.sandbox.web.SitePageServlet;
import com.allinaccountability.sandbox.web.StaticServlet;
import com.allinaccountability.sandbox.web.StatusServlet;
import com.allinaccountability.sandbox.workflow.Workflow;
import com.allinaccountability.sandbox.workflow.WorkflowService;
import com.allinaccountability.web.digest.MailTransport;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * A running sandbox: the database, the host (users, projects, issues, rights, workflow), the accountability layer
 * built by a {@link SandboxModule}, and Jetty serving it all under {@code /jira}. Everything is wired here with
 * {@code new}; this and {@link Main} are the composition root.
 */
public final class Sandbox implements AutoCloseable {

    public static final String CONTEXT_PATH = "/jira";

    /**
     * Jersey warns "A provider ... registered in SERVER runtime does not implement any provider interfaces ... will be
     * ignored" for every resource registered as an instance, and then serves it as a resource all the same (Jersey
     * issue 3700). Resources here are instances (they are given their services), so the warning is only noise at
     * every start; this logger (held here, so its level is not lost to garbage collection) keeps its errors only.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDER_CHECKS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDER_CHECKS.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Database database;
    private final Server server;
    private final Host host;
    private final boolean seededNow;
    private final DigestScheduler digests;

    private Sandbox(Database database, Server server, Host host, boolean seededNow, DigestScheduler digests) {
        this.database = database;
        this.server = server;
        this.host = host;
        this.seededNow = seededNow;
        this.digests = digests;
    }

    /** Opens the database, seeds it on first start, generates issues if asked, and starts serving. */
    public static Sandbox start(SandboxOptions options, SandboxModule module, LongConsumer generateProgress)
            throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Database database = Database.open(options);
        try {
            Jdbc jdbc = new Jdbc(database.dataSource());
            SandboxUsers users = new SandboxUsers(jdbc, new PasswordHasher());
            Projects projects = new Projects(jdbc);
            SandboxRights rights = new SandboxRights(jdbc);
            SandboxIssues issues = new SandboxIssues(jdbc);
            SampleData sampleData = new SampleData(jdbc, users, projects, rights, issues, clock);
            Outbox outbox = new Outbox(jdbc, clock);
            MailTransport mail = options.smtp().<MailTransport>map(SmtpMailTransport::new).orElse(outbox);
            // The port is known once Jetty has started; nothing sends mail before that.
            AtomicReference<URI> baseUri = new AtomicReference<>(
                    URI.create("http://localhost:" + options.port() + CONTEXT_PATH));
            Host host = new Host(database.dataSource(), database.dialect(), issues, rights, users, projects, clock,
                    new SandboxDirectory(jdbc, clock.getZone()), mail, baseUri::get);
            boolean seededNow;
            Extensions extensions;
            // Nodes starting together on one database take turns: the first creates and seeds, the others find it done.
            try (StartupLock turn = StartupLock.acquire(database)) {
                Schema.create(jdbc);
                seededNow = sampleData.seedHostIfNew();
                extensions = module.extensions(host);
                sampleData.seedAccountabilityIfNew(extensions.sampleAccountability());
            }
            if (options.generate() > 0) {
                List<String> people = new GeneratedPeople(jdbc, new PasswordHasher()).ensure(options.generatePeople());
                new IssueGenerator(projects, issues, clock, people).generate(options.generate(), generateProgress,
                        extensions.sampleAccountability()::generated);
                extensions.sampleAccountability().generationDone();
            }

            WorkflowService workflow = new WorkflowService(issues, rights, new Workflow(),
                    extensions.transitionGate(), clock, extensions.issueChanged());
            CsrfTokens csrfTokens = new CsrfTokens();
            HeaderLinks moduleLinks = extensions.headerLinks();
            Pages pages = new Pages(users, csrfTokens, caller -> {
                List<HeaderLinks.Link> links = new ArrayList<>(moduleLinks.links(caller));
                if (rights.isAdministrator(caller)) {
                    links.add(new HeaderLinks.Link("nav-outbox", "Outbox", "/outbox", -1));
                }
                return links;
            });
            NotFoundPages notFound = new NotFoundPages(pages);

            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
            context.setContextPath(CONTEXT_PATH);
            SessionHandler sessions = context.getSessionHandler();
            sessions.setHttpOnly(true);
            sessions.setSameSite(HttpCookie.SameSite.LAX);
            sessions.setSessionCookie("JSESSIONID");
            sessions.setMaxInactiveInterval(4 * 60 * 60);
            // An unexpected failure shows a plain error page: no exception class or message (SQL, driver text) in it.
            org.eclipse.jetty.ee10.servlet.ErrorHandler errors = new org.eclipse.jetty.ee10.servlet.ErrorHandler();
            errors.setShowMessageInTitle(false);
            errors.setShowStacks(false);
            errors.setShowCauses(false);
            context.setErrorHandler(errors);

            filter(context, new SecurityHeadersFilter(), "/*");
            filter(context, new AuthenticationFilter(users), "/*");
            filter(context, new XsrfFilter(), "/rest/*");

            servlet(context, new StatusServlet(), "/status");
            servlet(context, new StaticServlet(), "/static/*");
            servlet(context, new LoginServlet(users, csrfTokens, pages), "/login.jsp");
            servlet(context, new LogoutServlet(csrfTokens, pages), "/logout");
            servlet(context, new IssuePageServlet(workflow, projects, users, extensions.panelRenderer(), pages,
                    notFound, clock), "/browse/*");
            servlet(context, new ProjectServlet(projects, issues, rights, users, extensions.issueListColumns(),
                    extensions.projectPages(), pages, notFound), "/projects/*");
            servlet(context, new OutboxServlet(outbox, rights, pages, notFound, clock.getZone(),
                    options.smtp().map(server -> "SMTP " + server).orElse("this outbox")), "/outbox/*");
            for (SitePage page : extensions.sitePages()) {
                servlet(context, new SitePageServlet(page, pages, notFound), "/" + page.name() + "/*");
            }
            servlet(context, new ServletContainer(RestApplication.create(workflow)), "/rest/*");
            servlet(context, new ServletContainer(RestApplication.accountability(extensions)),
                    "/rest/accountability/1.0/*");
            servlet(context, new RootServlet(notFound), "/");

            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setPort(options.port());
            server.addConnector(connector);
            server.setHandler(context);
            server.setStopAtShutdown(true);
            server.start();
            baseUri.set(URI.create("http://localhost:" + connector.getLocalPort() + CONTEXT_PATH));
            DigestScheduler digests = DigestScheduler.start(database, extensions.digestJob(), options.digestEvery());
            return new Sandbox(database, server, host, seededNow, digests);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    private static void filter(ServletContextHandler context, Filter filter, String path) {
        context.addFilter(new FilterHolder(filter), path, EnumSet.of(DispatcherType.REQUEST));
    }

    private static void servlet(ServletContextHandler context, Servlet servlet, String path) {
        ServletHolder holder = new ServletHolder(servlet);
        holder.setInitOrder(1);
        context.addServlet(holder, path);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://localhost:PORT/jira}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port() + CONTEXT_PATH);
    }

    public Host host() {
        return host;
    }

    /** Whether this start seeded the sample data (the database was new). */
    public boolean seededNow() {
        return seededNow;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Whether digests run on a schedule here ({@code --digest-every} above 0, and a module that has digests). */
    public boolean digestsScheduled() {
        return digests.running();
    }

    /** Stops the digest schedule and serving, then closes the pool (H2 writes its files). */
    @Override
    public void close() {
        try {
            digests.close();
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            database.close();
        }
    }
}
