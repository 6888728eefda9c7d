package com.allinaccountability.sandbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A test HTTP client with its own cookie jar (one browser session); does not follow redirects. */
public final class WebClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    private final java.util.function.Supplier<URI> baseUri;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebClient(SandboxExtension sandbox) {
        this(sandbox::baseUri);
    }

    /** A client of a sandbox at {@code baseUri} ({@code http://localhost:PORT/jira}), e.g. one in another process. */
    public WebClient(java.util.function.Supplier<URI> baseUri) {
        this.baseUri = baseUri;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any method with a JSON body (or none, when {@code json} is null). */
    public HttpResponse<String> json(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, headers);
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(builder.build());
    }

    /** The CSRF token of the form on the page at {@code path}. */
    public String formToken(String path) throws IOException, InterruptedException {
        Matcher matcher = TOKEN.matcher(get(path).body());
        if (!matcher.find()) {
            throw new AssertionError("No atl_token on " + path);
        }
        return matcher.group(1);
    }

    /** Signs in through the login page, as a browser would. */
    public HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
        String token = formToken("/login.jsp");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token);
        form.put("os_username", user);
        form.put("os_password", password);
        return postForm("/login.jsp", form);
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    public static String[] basic(String user, String password) {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8))};
    }

    /** Headers for a REST write by a script: Basic auth plus Atlassian's no-check token. */
    public static String[] restWrite(String user) {
        String[] auth = basic(user, user);
        return new String[] {auth[0], auth[1], "X-Atlassian-Token", "no-check"};
    }

    public static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUri.get() + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
