package com.allinaccountability.sandbox.web;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.auth.Callers;
import com.allinaccountability.sandbox.auth.CsrfTokens;
import com.allinaccountability.sandbox.hooks.HeaderLinks;
import com.allinaccountability.sandbox.host.SandboxUser;
import com.allinaccountability.sandbox.host.SandboxUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the sandbox's server-side pages with Velocity: a page's body template inside the common AUI layout (header
 * with the signed-in user and sign-out). Every {@code $reference} is HTML-escaped by {@link
 * HtmlEscapingReferenceHandler} unless its name ends with {@code Html}.
 */
public final class Pages {

    static final String TEMPLATES = "templates/sandbox/";

    private final VelocityEngine engine;
    private final SandboxUsers users;
    private final CsrfTokens csrfTokens;
    private final HeaderLinks headerLinks;

    public Pages(SandboxUsers users, CsrfTokens csrfTokens) {
        this(users, csrfTokens, HeaderLinks.NONE);
    }

    /** @param headerLinks the links beside "Issues" in every page's header, asked for each page's caller */
    public Pages(SandboxUsers users, CsrfTokens csrfTokens, HeaderLinks headerLinks) {
        this.users = users;
        this.csrfTokens = csrfTokens;
        this.headerLinks = headerLinks;
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty("event_handler.reference_insertion.class",
                HtmlEscapingReferenceHandler.class.getName());
        // A misspelt reference fails the render (and the tests) instead of printing "$isue.summary()".
        properties.setProperty("runtime.strict_mode.enable", "true");
        properties.setProperty("introspector.uberspect.class",
                "org.apache.velocity.util.introspection.SecureUberspector");
        properties.setProperty("resource.default_encoding", "UTF-8");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** Renders a template on its own (no layout) to a string. */
    public String renderFragment(String template, Map<String, Object> model) {
        Template compiled = engine.getTemplate(TEMPLATES + template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(new VelocityContext(new HashMap<>(model)), out);
        return out.toString();
    }

    /** Renders {@code template} as the body of a full page and writes it with {@code status}. */
    public void render(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String template, Map<String, Object> model) throws IOException {
        Map<String, Object> bodyModel = new HashMap<>(model);
        bodyModel.put("contextPath", request.getContextPath());
        String bodyHtml = renderFragment(template, bodyModel);
        @SuppressWarnings("unchecked")
        List<String> stylesheets = (List<String>) model.getOrDefault("stylesheets", List.of());
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) model.getOrDefault("scripts", List.of());
        writePage(request, response, status, title, bodyHtml, stylesheets, scripts);
    }

    /** Writes a full page around body HTML produced elsewhere (already escaped). */
    public void writePage(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String bodyHtml, List<String> stylesheets, List<String> scripts) throws IOException {
        Caller caller = Callers.of(request);
        Map<String, Object> layout = new HashMap<>();
        layout.put("title", title);
        layout.put("bodyHtml", bodyHtml);
        layout.put("contextPath", request.getContextPath());
        layout.put("stylesheets", stylesheets);
        layout.put("scripts", scripts);
        layout.put("signedIn", caller.isSignedIn());
        layout.put("userKey", caller.user().map(Object::toString).orElse(""));
        layout.put("userName", caller.user().flatMap(users::find).map(SandboxUser::displayName)
                .or(() -> caller.user().map(Object::toString)).orElse(""));
        layout.put("atlToken", caller.isSignedIn() ? csrfTokens.tokenFor(request) : "");
        layout.put("headerLinks", caller.isSignedIn() ? headerLinks.links(caller) : List.of());
        String html = renderFragment("layout.vm", layout);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
