import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write load on a running sandbox: WRITERS threads, each revising the expectation of its own sample issue as fast as
 * it can for SECONDS, after a warm-up of the same length. Prints acknowledged writes per second and latency
 * percentiles. Run: java bench/WriteBurst.java BASE_URL SECONDS WRITERS (loopback only; it stops by itself).
 */
public final class WriteBurst {
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern WRITABLE = Pattern.compile("\"setExpectation\":true");
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes());

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int writers = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newHttpClient();
        List<String> issues = new ArrayList<>();
        for (int i = 1; i <= 25 && issues.size() < writers; i++) {
            String body = get(client, base, "ACC-" + i);
            if (WRITABLE.matcher(body).find() && body.contains("\"locked\":false")) {
                issues.add("ACC-" + i);
            }
        }
        if (issues.size() < writers) {
            throw new IllegalStateException("Only " + issues.size() + " writable sample issues");
        }
        run(client, base, issues, seconds, null); // warm-up
        List<Long> latencies = new ArrayList<>();
        long writes = run(client, base, issues, seconds, latencies);
        latencies.sort(null);
        System.out.printf("writes=%d seconds=%d writers=%d writes_per_s=%.1f p50_ms=%.1f p99_ms=%.1f%n", writes,
                seconds, writers, writes / (double) seconds, latencies.get(latencies.size() / 2) / 1e6,
                latencies.get((int) (latencies.size() * 0.99)) / 1e6);
    }

    private static long run(HttpClient client, String base, List<String> issues, int seconds, List<Long> latencies)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong writes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(issues.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String key : issues) {
            results.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                Matcher m = VERSION.matcher(get(client, base, key));
                m.find();
                long version = Long.parseLong(m.group(1));
                for (int n = 0; System.nanoTime() < end; n++) {
                    String json = "{\"outcome\":\"Burst " + key + " " + System.nanoTime() + "\",\"why\":\"Bench\","
                            + "\"targetDate\":\"2030-01-31\",\"goalLink\":\"\",\"version\":" + version + "}";
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/rest/accountability/1.0/issues/" + key + "/expectation"))
                            .header("Authorization", AUTH).header("X-Atlassian-Token", "no-check")
                            .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    mine.add(System.nanoTime() - start);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                    Matcher v = VERSION.matcher(response.body());
                    v.find();
                    version = Long.parseLong(v.group(1));
                    writes.incrementAndGet();
                }
                return mine;
            }));
        }
        for (Future<List<Long>> result : results) {
            List<Long> mine = result.get();
            if (latencies != null) {
                latencies.addAll(mine);
            }
        }
        pool.shutdown();
        return writes.get();
    }

    private static String get(HttpClient client, String base, String key) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/rest/accountability/1.0/issues/" + key))
                .header("Authorization", AUTH).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
