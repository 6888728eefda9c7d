package com.allinaccountability.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox as a process of its own ({@link Main} on this test's class path), so a test can do to it what an operator
 * or a crash would: {@link #kill()} sends SIGKILL, which no shutdown hook or finally block survives.
 */
public final class SandboxProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private SandboxProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code java ... Main --port <free> args} and waits until its status page answers. */
    public static SandboxProcess start(Path log, String... args) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", String.valueOf(port)));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        SandboxProcess sandbox = new SandboxProcess(process, port);
        try {
            sandbox.awaitUp();
        } catch (InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return sandbox;
    }

    private void awaitUp() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The sandbox process exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> status = client.send(HttpRequest.newBuilder(URI.create(baseUri() + "/status"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (status.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The sandbox did not answer within " + START_TIMEOUT);
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + Sandbox.CONTEXT_PATH);
    }

    /** SIGKILL on Linux ({@link Process#destroyForcibly()}): the process gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The sandbox process did not die");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
