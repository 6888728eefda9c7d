package com.allinaccountability.sandbox;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.hooks.SandboxModule;
import com.allinaccountability.sandbox.host.IssueTypes;
import com.allinaccountability.sandbox.host.NewIssue;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a sandbox in-process for a test class, on a free port with a fresh H2 database in a temporary directory, and
 * stops it (and deletes the directory) afterwards. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SandboxExtension SANDBOX = new SandboxExtension();            // wired like the jar (Main.MODULE)
 * static final SandboxExtension GATED = new SandboxExtension(host -> ...);  // or with a module of the test's own
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback {

    private final SandboxModule module;
    private final Function<Path, SandboxOptions> options;
    private Path dataDir;
    private Sandbox sandbox;

    public SandboxExtension() {
        this(Main.MODULE);
    }

    public SandboxExtension(SandboxModule module) {
        this(module, SandboxOptions::h2);
    }

    private SandboxExtension(SandboxModule module, Function<Path, SandboxOptions> options) {
        this.module = module;
        this.options = options;
    }

    /**
     * A sandbox wired like the jar on a PostgreSQL database (the test role {@code .ci/setup-postgres.sh} creates), as a
     * Data Center node on a shared database. Several extensions on one URL are several nodes; the first
     * to start seeds the samples.
     */
    public static SandboxExtension onPostgres(String jdbcUrl) {
        return new SandboxExtension(Main.MODULE,
                dir -> new SandboxOptions(0, dir, Optional.of(jdbcUrl),
                        com.allinaccountability.sandbox.cluster.FreshPostgresDatabase.USER,
                        com.allinaccountability.sandbox.cluster.FreshPostgresDatabase.PASSWORD, 0));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("sandbox-test-");
        sandbox = Sandbox.start(options.apply(dataDir), module, done -> {});
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /**
     * The same sandbox with its options changed as it starts, e.g. {@code options -> options.withSmtp(...)} for an
     * SMTP server the test runs (applied in {@code beforeAll}, so it may read a port chosen by an earlier extension).
     */
    public SandboxExtension withOptions(java.util.function.UnaryOperator<SandboxOptions> change) {
        return new SandboxExtension(module, dir -> change.apply(options.apply(dir)));
    }

    /** Stops the sandbox and starts it again on the same database (and a new port), as a restart would. */
    public void restart() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(options.apply(dataDir), module, done -> {});
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /**
     * A new To Do task in ACC, assigned to bob and reported by alice, due in 20 days, with no record yet: a fresh
     * issue for a test that must not share the samples' state. Answers its key.
     */
    public String newIssue(String summary) {
        Project acc = sandbox.host().projects().byKey("ACC").orElseThrow();
        return sandbox.host().issues().create(acc, List.of(new NewIssue(IssueTypes.TASK, summary, SandboxStatus.TO_DO,
                Optional.of(UserKey.of("bob")), Optional.of(UserKey.of("alice")),
                Optional.of(LocalDate.now().plusDays(20)), Instant.now(), Optional.empty(), Optional.empty(),
                Optional.empty()))).get(0);
    }

    /** {@code http://localhost:PORT/jira}. */
    public URI baseUri() {
        return sandbox.baseUri();
    }

    /** The absolute URI of a path under the context path, e.g. {@code uri("/browse/ACC-1")}. */
    public URI uri(String path) {
        return URI.create(sandbox.baseUri() + path);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
