package com.allinaccountability.sandbox;

import com.allinaccountability.sandbox.hooks.SandboxModule;

/**
 * Starts the sandbox: {@code java -jar sandbox/target/accountability-sandbox.jar [--port 2990] [--data-dir DIR]
 * [--db JDBC-URL --db-user U --db-password P] [--generate N]}.
 */
public final class Main {

    /**
     * The accountability layer the jar and {@code SandboxExtension} run with. Until the core service, the store and
     * the web layer are wired in, the sandbox runs its host alone (no panel, every transition allowed).
     */
    public static final SandboxModule MODULE = SandboxModule.NONE;

    private Main() {}

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Sandbox sandbox = Sandbox.start(options, MODULE, done -> {
            if (done % 10_000 == 0 || done == options.generate()) {
                System.out.println("Generated " + done + " of " + options.generate() + " issues in GEN");
            }
        });
        System.out.printf("Sandbox started in %d ms on %s%n", (System.nanoTime() - started) / 1_000_000,
                options.jdbcUrl().orElse("H2 in " + options.dataDir().toAbsolutePath().normalize()));
        System.out.println("Open " + sandbox.baseUri() + "/browse/ACC-1  (users alice, bob, carol, dave, erin; "
                + "password = user name)");
        sandbox.join();
    }
}
