package com.allinaccountability.container;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * A host template renderer on the Velocity 1.x line Jira and Confluence embed (1.6.4 here), as the host's
 * {@link TemplateRenderer} service gives it to one plugin: templates are read from that plugin's bundle; every
 * reference is HTML-escaped unless the template says {@code #disable_html_escaping()}, except (Jira's rules, see
 * jira-plugin/README.md) references whose name ends in "html" (any case), is {@code body}/{@code head}/
 * {@code xHtmlContent}, or whose method ends in "html" or starts with {@code render}/{@code getRender};
 * {@code #enable_html_escaping()} and {@code #disable_html_escaping()} are directives that print nothing; and a
 * template may call only methods the plugin's {@code velocity-allowlist} names on its own classes, methods of the
 * host's (Atlassian) types, and nothing of the JDK (Jira's global list is not known here: calling none is the safe
 * side). A refused call is recorded and renders as Velocity 1.x renders an unresolvable reference: its raw text.
 */
final class HostTemplateRenderer implements TemplateRenderer {
    private final ClassLoader bundleLoader;
    private final Set<String> allowlist;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final VelocityEngine engine;

    HostTemplateRenderer(ClassLoader bundleLoader, Set<String> allowlist) {
        this.bundleLoader = bundleLoader;
        this.allowlist = allowlist;
        engine = new VelocityEngine();
        engine.setProperty("resource.loader", "bundle");
        engine.setProperty("bundle.resource.loader.instance", new BundleLoader(bundleLoader));
        engine.setProperty("runtime.introspector.uberspect", AllowlistUberspect.class.getName());
        engine.setProperty("userdirective", EnableEscaping.class.getName() + "," + DisableEscaping.class.getName());
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.setApplicationAttribute(HostTemplateRenderer.class.getName(), this);
        try {
            engine.init();
        } catch (Exception e) {
            throw new IllegalStateException("the host's Velocity did not start", e);
        }
    }

    /** Calls a template made that the host refused (not allowlisted), since this renderer was made. */
    List<String> refusedCalls() {
        return List.copyOf(refused);
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        VelocityContext velocity = new VelocityContext(new HashMap<>(context));
        if (!source(templateName).contains("#disable_html_escaping()")) {
            EventCartridge events = new EventCartridge();
            events.addEventHandler(new Escaping());
            events.attachToContext(velocity);
        }
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(velocity, writer);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the host could not render " + templateName, e);
        }
    }

    String render(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException("the plugins render no fragments");
    }

    @Override
    public boolean resolve(String templateName) {
        return bundleLoader.getResource(templateName) != null;
    }

    private String source(String templateName) throws IOException {
        InputStream in = bundleLoader.getResourceAsStream(templateName);
        if (in == null) {
            throw new ResourceNotFoundException("no template " + templateName + " in the plugin");
        }
        return new String(PluginContainer.read(in), StandardCharsets.UTF_8);
    }

    boolean allowed(Class<?> type, Method method) {
        if (Proxy.isProxyClass(type)) {
            return Arrays.stream(type.getInterfaces()).anyMatch(i -> i.getName().startsWith("com.atlassian."));
        }
        String owner = method.getDeclaringClass().getName();
        if (owner.startsWith("com.atlassian.")) {
            return true;
        }
        String entry = method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getName).toList()) + ")";
        boolean ok = owner.startsWith("com.allinaccountability.") && allowlist.contains(entry);
        if (!ok) {
            refused.add(entry);
        }
        return ok;
    }

    /** Reads templates from the plugin bundle's class loader. */
    static final class BundleLoader extends ResourceLoader {
        private final ClassLoader loader;

        BundleLoader(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public void init(ExtendedProperties configuration) {
        }

        @Override
        public InputStream getResourceStream(String source) {
            InputStream in = loader.getResourceAsStream(source);
            if (in == null) {
                throw new ResourceNotFoundException("no template " + source + " in the plugin");
            }
            return in;
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }

    /** The allowlist, enforced where Velocity 1.x looks up methods and getters. */
    public static final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
        private RuntimeServices runtime;

        @Override
        public void setRuntimeServices(RuntimeServices runtime) {
            this.runtime = runtime;
        }

        private HostTemplateRenderer host() {
            return (HostTemplateRenderer) runtime.getApplicationAttribute(HostTemplateRenderer.class.getName());
        }

        @Override
        public VelMethod getMethod(Object obj, String name, Object[] args, Info info) throws Exception {
            VelMethod method = super.getMethod(obj, name, args, info);
            if (method == null) {
                return null;
            }
            Method target = find(obj.getClass(), name, args.length);
            return target != null && host().allowed(obj.getClass(), target) ? method : null;
        }

        @Override
        public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
            VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
            if (getter == null) {
                return null;
            }
            Method target = find(obj.getClass(), getter.getMethodName(), getter.getMethodName().equals("get") ? 1 : 0);
            if (target == null) {
                host().refused.add(obj.getClass().getName() + "#" + getter.getMethodName() + " (" + identifier + ")");
                return null;
            }
            return host().allowed(obj.getClass(), target) ? getter : null;
        }

        private static Method find(Class<?> type, String name, int arity) {
            for (Method method : type.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arity
                        && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                    return method;
                }
            }
            return null;
        }
    }

    /** Jira's escaping of inserted references (HtmlAnnotationEscaper and HtmlSafeMethodNameAnnotator, by name). */
    static final class Escaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isHtmlSafe(reference)) {
                return value;
            }
            return encode(String.valueOf(value));
        }

        static boolean isHtmlSafe(String reference) {
            String bare = reference.replaceAll("[!${}]", "");
            int call = bare.indexOf('(');
            String path = call < 0 ? bare : bare.substring(0, call);
            if (!path.contains(".")) {
                return path.toLowerCase(Locale.ROOT).endsWith("html") || path.equals("body") || path.equals("head")
                        || path.equals("xHtmlContent");
            }
            String member = path.substring(path.lastIndexOf('.') + 1);
            return member.toLowerCase(Locale.ROOT).endsWith("html") || member.startsWith("render")
                    || member.startsWith("getRender");
        }

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

    /** {@code #enable_html_escaping()}: escaping is on by default here, so it prints nothing. */
    public static final class EnableEscaping extends Directive {
        @Override
        public String getName() {
            return "enable_html_escaping";
        }

        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }

    /** {@code #disable_html_escaping()}: the renderer checks the template's text for it; prints nothing. */
    public static final class DisableEscaping extends Directive {
        @Override
        public String getName() {
            return "disable_html_escaping";
        }

        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }
}
