package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.host.Projects;
import com.allinaccountability.sandbox.host.SandboxDirectory;
import com.allinaccountability.sandbox.host.SandboxIssues;
import com.allinaccountability.sandbox.host.SandboxRights;
import com.allinaccountability.sandbox.host.SandboxUsers;
import com.allinaccountability.web.digest.MailTransport;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The sandbox host's objects a {@link SandboxModule} builds on: the pooled data source (for the record store, e.g. an
 * Active Objects {@code EntityManager}), the core's {@code Issues} and {@code Rights} ports, users and projects, the
 * core's {@code Directory} (whom digests go to), the mail transport ({@code --smtp}, or the outbox) and the sandbox's
 * address for links in mail ({@code http://localhost:PORT/jira}; known once Jetty has started).
 */
public record Host(
        DataSource dataSource,
        Database.Dialect dialect,
        SandboxIssues issues,
        SandboxRights rights,
        SandboxUsers users,
        Projects projects,
        Clock clock,
        SandboxDirectory directory,
        MailTransport mail,
        Supplier<URI> baseUri) {}
