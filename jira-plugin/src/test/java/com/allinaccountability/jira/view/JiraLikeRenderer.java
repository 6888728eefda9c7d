package com.allinaccountability.jira.view;

import com.allinaccountability.web.velocity.AllowlistUberspector;
import com.allinaccountability.web.velocity.EnableHtmlEscaping;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * A stand-in for Jira's template renderer with Jira's escaping rules, as read in Atlassian's sources (see
 * jira-plugin/README.md, "Escaping"): every reference is escaped unless the template says
 * {@code #disable_html_escaping()}; not escaped are scalar references whose name ends in "html" (any case) or is
 * {@code body}, {@code head} or {@code xHtmlContent}, and values of methods whose name ends in "html" (any case) or
 * starts with {@code render} / {@code getRender}. Method calls are limited to the allowlist, as in Jira 10+. It is
 * deliberately not the web layer's {@code HtmlEscaping}, so a test comparing both catches the rules drifting apart.
 */
public final class JiraLikeRenderer implements TemplateRenderer {
    private final VelocityEngine engine;

    public JiraLikeRenderer() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, EnableHtmlEscaping.class.getName());
        engine = new VelocityEngine(properties);
        engine.init();
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        VelocityContext velocity = new VelocityContext(new java.util.HashMap<>(context));
        if (!source(templateName).contains("#disable_html_escaping()")) {
            EventCartridge events = new EventCartridge();
            events.addReferenceInsertionEventHandler(new JiraEscaping());
            events.attachToContext(velocity);
        }
        Template template = engine.getTemplate(templateName, "UTF-8");
        template.merge(velocity, writer);
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException("not used by the plugin");
    }

    @Override
    public boolean resolve(String templateName) {
        return getClass().getClassLoader().getResource(templateName) != null;
    }

    public String render(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String source(String templateName) {
        try (InputStream in = JiraLikeRenderer.class.getClassLoader().getResourceAsStream(templateName)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + templateName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jira's HtmlAnnotationEscaper and HtmlSafeMethodNameAnnotator rules, by reference name. */
    static final class JiraEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || isHtmlSafe(reference)) {
                return value;
            }
            return encode(String.valueOf(value));
        }

        static boolean isHtmlSafe(String reference) {
            String bare = reference.replaceAll("[!${}]", "");
            int dot = bare.indexOf('.');
            if (dot < 0) {
                return bare.toLowerCase(Locale.ROOT).endsWith("html") || bare.equals("body") || bare.equals("head")
                        || bare.equals("xHtmlContent");
            }
            String member = bare.substring(bare.lastIndexOf('.', bare.indexOf('(') < 0 ? bare.length()
                    : bare.indexOf('(')) + 1).replaceAll("\\(.*$", "");
            return member.toLowerCase(Locale.ROOT).endsWith("html") || member.startsWith("render")
                    || member.startsWith("getRender");
        }

        /** HtmlEntities.encode: the five XML-significant characters. */
        static String encode(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
