package com.allinaccountability.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the sandbox is started: from the command line ({@link #parse}) or by tests.
 *
 * @param port HTTP port, 0 for a free one
 * @param dataDir where the embedded H2 database lives when {@code jdbcUrl} is empty
 * @param jdbcUrl a PostgreSQL JDBC URL to use instead of H2
 * @param generate how many synthetic issues to add to project GEN before serving
 * @param generatePeople how many synthetic people ({@code gen-person-00001}...) share the generated issues with the
 *     sample users
 * @param smtp the SMTP server digests are sent through; empty: they go to the outbox ({@code /jira/outbox})
 * @param digestEvery how often the digest scheduler runs; {@link Duration#ZERO} turns it off
 */
public record SandboxOptions(
        int port, Path dataDir, Optional<String> jdbcUrl, String dbUser, String dbPassword, int generate,
        int generatePeople, Optional<SmtpServer> smtp, Duration digestEvery) {

    public static final int DEFAULT_PORT = 2990;
    public static final Duration DEFAULT_DIGEST_EVERY = Duration.ofMinutes(60);

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
        if (generatePeople < 0 || generatePeople > 99_999) {
            throw new IllegalArgumentException("--generate-people must be between 0 and 99999, not " + generatePeople);
        }
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(digestEvery, "digestEvery");
        if (digestEvery.isNegative()) {
            throw new IllegalArgumentException("--digest-every must not be negative, not " + digestEvery);
        }
    }

    /**
     * Options as tests build them: mail to the outbox and no digest scheduler, so that a test decides when digests
     * run ({@code POST /digests/run}, or {@link #withDigestEvery}).
     */
    public SandboxOptions(int port, Path dataDir, Optional<String> jdbcUrl, String dbUser, String dbPassword,
            int generate) {
        this(port, dataDir, jdbcUrl, dbUser, dbPassword, generate, 0, Optional.empty(), Duration.ZERO);
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, Path.of("sandbox-data"), Optional.empty(), "", "", 0, 0,
                Optional.empty(), DEFAULT_DIGEST_EVERY);
    }

    /** An H2 sandbox in {@code dataDir} on a free port, outbox mail, no digest scheduler: what tests use. */
    public static SandboxOptions h2(Path dataDir) {
        return new SandboxOptions(0, dataDir, Optional.empty(), "", "", 0);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, dataDir, jdbcUrl, dbUser, dbPassword, generate, generatePeople, smtp,
                digestEvery);
    }

    public SandboxOptions withGenerate(int count) {
        return new SandboxOptions(port, dataDir, jdbcUrl, dbUser, dbPassword, count, generatePeople, smtp,
                digestEvery);
    }

    public SandboxOptions withSmtp(SmtpServer server) {
        return new SandboxOptions(port, dataDir, jdbcUrl, dbUser, dbPassword, generate, generatePeople,
                Optional.of(server), digestEvery);
    }

    public SandboxOptions withDigestEvery(Duration interval) {
        return new SandboxOptions(port, dataDir, jdbcUrl, dbUser, dbPassword, generate, generatePeople, smtp,
                interval);
    }

    /** An SMTP server's address, from {@code --smtp HOST:PORT}. */
    public record SmtpServer(String host, int port) {
        public SmtpServer {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("--smtp needs a host name");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--smtp's port must be between 1 and 65535, not " + port);
            }
        }

        /** {@code HOST:PORT}; an IPv6 address in brackets, {@code [::1]:25}. */
        static SmtpServer parse(String value) {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new IllegalArgumentException("--smtp takes HOST:PORT, e.g. localhost:25, not '" + value + "'");
            }
            String host = value.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return new SmtpServer(host, parseInt("--smtp", value.substring(colon + 1)));
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * Parses {@code --port}, {@code --data-dir}, {@code --db}, {@code --db-user}, {@code --db-password}, {@code
     * --generate}, {@code --generate-people}, {@code --smtp} and {@code --digest-every}.
     */
    public static SandboxOptions parse(String... args) {
        SandboxOptions options = defaults();
        int port = options.port;
        Path dataDir = options.dataDir;
        Optional<String> jdbcUrl = Optional.empty();
        String dbUser = "";
        String dbPassword = "";
        int generate = 0;
        int generatePeople = 0;
        Optional<SmtpServer> smtp = Optional.empty();
        Duration digestEvery = DEFAULT_DIGEST_EVERY;
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
                case "--generate-people" -> generatePeople = parseInt(name, value);
                case "--smtp" -> smtp = Optional.of(SmtpServer.parse(value.trim()));
                case "--digest-every" -> {
                    int minutes = parseInt(name, value);
                    if (minutes < 0) {
                        throw new IllegalArgumentException("--digest-every takes minutes, 0 or more, not " + minutes);
                    }
                    digestEvery = Duration.ofMinutes(minutes);
                }
                default -> throw new IllegalArgumentException("Unknown option " + name + ".\n" + usage());
            }
        }
        if (jdbcUrl.isPresent() && !jdbcUrl.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), not "
                    + jdbcUrl.get());
        }
        return new SandboxOptions(port, dataDir, jdbcUrl, dbUser, dbPassword, generate, generatePeople, smtp,
                digestEvery);
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
                  --generate N        add N synthetic issues to project GEN before serving (scale tests)
                  --generate-people N with --generate: N synthetic people (gen-person-00001..., password
                                      "generated") share the generated issues with the sample users
                  --smtp HOST:PORT    send digest mails through this SMTP server (default: keep them in the
                                      outbox at /jira/outbox, which administrators see)
                  --digest-every MIN  run the digests every MIN minutes, first about a minute after start
                                      (default 60; 0 turns the scheduler off)""";
    }
}
