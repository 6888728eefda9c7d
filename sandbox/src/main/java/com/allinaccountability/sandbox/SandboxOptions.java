package com.allinaccountability.sandbox;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the sandbox is started: from the command line ({@link #parse}) or by tests.
 *
 * @param port HTTP port, 0 for a free one
 * @param dataDir where the embedded H2 database lives when {@code jdbcUrl} is empty
 * @param jdbcUrl a PostgreSQL JDBC URL to use instead of H2
 * @param generate how many synthetic issues to add to project GEN before serving
 */
public record SandboxOptions(
        int port, Path dataDir, Optional<String> jdbcUrl, String dbUser, String dbPassword, int generate) {

    public static final int DEFAULT_PORT = 2990;

    public SandboxOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (generate < 0) {
            throw new IllegalArgumentException("--generate must not be negative, not " + generate);
        }
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, Path.of("sandbox-data"), Optional.empty(), "", "", 0);
    }

    /** An H2 sandbox in {@code dataDir} on a free port: what tests use. */
    public static SandboxOptions h2(Path dataDir) {
        return new SandboxOptions(0, dataDir, Optional.empty(), "", "", 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, dataDir, jdbcUrl, dbUser, dbPassword, generate);
    }

    public SandboxOptions withGenerate(int count) {
        return new SandboxOptions(port, dataDir, jdbcUrl, dbUser, dbPassword, count);
    }

    /** Parses {@code --port}, {@code --data-dir}, {@code --db}, {@code --db-user}, {@code --db-password}, {@code --generate}. */
    public static SandboxOptions parse(String... args) {
        SandboxOptions options = defaults();
        int port = options.port;
        Path dataDir = options.dataDir;
        Optional<String> jdbcUrl = Optional.empty();
        String dbUser = "";
        String dbPassword = "";
        int generate = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(usage());
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value.\n" + usage());
                }
                value = args[++i];
            }
            switch (name) {
                case "--port" -> port = parseInt(name, value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--db" -> jdbcUrl = Optional.of(value);
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--generate" -> generate = parseInt(name, value);
                default -> throw new IllegalArgumentException("Unknown option " + name + ".\n" + usage());
            }
        }
        if (jdbcUrl.isPresent() && !jdbcUrl.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), not "
                    + jdbcUrl.get());
        }
        return new SandboxOptions(port, dataDir, jdbcUrl, dbUser, dbPassword, generate);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
        }
    }

    public static String usage() {
        return """
                Usage: java -jar accountability-sandbox.jar [options]
                  --port N            HTTP port (default 2990)
                  --data-dir DIR      embedded H2 database directory (default ./sandbox-data)
                  --db URL            a PostgreSQL JDBC URL instead of H2, e.g. jdbc:postgresql://127.0.0.1:5432/sandbox
                  --db-user USER      PostgreSQL user
                  --db-password PW    PostgreSQL password
                  --generate N        add N synthetic issues to project GEN before serving (scale tests)""";
    }
}
