package com.allinaccountability.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/**
 * An OSGi plugin container shaped like Jira's and Confluence's: Apache Felix; Eclipse Gemini Blueprint with Spring as
 * bundles (the Spring DM extender that builds a plugin's {@code META-INF/spring/*.xml} context, as the Atlassian plugin
 * system does for a transformerless plugin); the host's API packages exported by the system bundle from the jars on
 * this test's class path (our compile-only {@code atlassian-api}, and the real OSWorkflow, PropertySet, Active
 * Objects, Jakarta and SLF4J jars), each at its jar's version; fake host services registered under their interfaces.
 */
final class PluginContainer implements AutoCloseable {
    /** Jars whose packages the host exports to plugins, by artifact-name prefix (the file name on the class path). */
    private static final List<String> HOST_JARS = List.of("atlassian-api-", "osworkflow-", "propertyset-",
            "activeobjects-core-", "jakarta.ws.rs-api-", "jakarta.servlet-api-", "jakarta.inject-api-", "slf4j-api-");
    private static final String APPLICATION_CONTEXT = "org.springframework.context.ApplicationContext";

    private final Framework framework;
    private final Set<String> exported;

    private PluginContainer(Framework framework, Set<String> exported) {
        this.framework = framework;
        this.exported = exported;
    }

    /** Starts Felix with the host's exports and the Spring/Gemini bundles from {@code bundlesDir}, all active. */
    static PluginContainer start(Path storage, Path bundlesDir) throws Exception {
        Set<String> exports = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            for (String prefix : HOST_JARS) {
                if (name.startsWith(prefix) && name.endsWith(".jar")) {
                    String version = osgiVersion(name.substring(prefix.length(), name.length() - 4), prefix);
                    for (String pkg : packagesOf(Path.of(entry))) {
                        exports.add(pkg + (version == null ? "" : ";version=" + version));
                    }
                }
            }
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", exports));
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        framework.start();
        PluginContainer container = new PluginContainer(framework, exports);
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> jars = Files.list(bundlesDir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                installed.add(container.context().installBundle(jar.toUri().toString()));
            }
        }
        for (Bundle bundle : installed) {
            bundle.start();
        }
        return container;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    Set<String> exportedPackages() {
        return exported;
    }

    /** Registers a host service under its interface (a {@link ServiceFactory} gives each bundle its own). */
    void register(String interfaceName, Object service) {
        context().registerService(interfaceName, service, null);
    }

    /** Installs and starts a plugin jar; fails with Felix's reason if it does not resolve. */
    Bundle installAndStart(Path jar) throws IOException, BundleException {
        assertThat(jar).as("the plugin jar, as built").exists();
        Bundle bundle = context().installBundle(jar.toUri().toString(), Files.newInputStream(jar));
        bundle.start();
        assertThat(bundle.getState()).as("%s is active", bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
        return bundle;
    }

    /** The Spring application context Gemini publishes for the bundle, waiting until it is up. */
    Object applicationContext(Bundle bundle, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String filter = "(" + "org.springframework.context.service.name" + "=" + bundle.getSymbolicName() + ")";
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] references = context().getServiceReferences(APPLICATION_CONTEXT, filter);
            if (references != null && references.length > 0) {
                return context().getService(references[0]);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no Spring context was published for " + bundle.getSymbolicName() + " within "
                + timeoutMillis + " ms (see the Gemini Blueprint log above)");
    }

    /**
     * Creates {@code type} the way the Atlassian plugin system creates the classes a descriptor names in a
     * transformerless plugin: from the plugin's Spring context, by constructor autowiring.
     */
    static Object autowire(Object applicationContext, Class<?> type) throws Exception {
        Object factory = invoke(applicationContext, "getAutowireCapableBeanFactory");
        Method createBean = publicMethod(factory.getClass(), "createBean", Class.class, int.class, boolean.class);
        int autowireConstructor = 3; // AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR
        return createBean.invoke(factory, type, autowireConstructor, false);
    }

    static Object bean(Object applicationContext, String name) throws Exception {
        return publicMethod(applicationContext.getClass(), "getBean", String.class).invoke(applicationContext, name);
    }

    private static Object invoke(Object target, String method) throws Exception {
        return publicMethod(target.getClass(), method).invoke(target);
    }

    private static Method publicMethod(Class<?> type, String name, Class<?>... parameters)
            throws NoSuchMethodException {
        Method method = type.getMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }

    /**
     * Loads every class in the bundle and the types of its members through the bundle's class loader: a class
     * referring to a package the bundle neither holds nor imports (or the host does not export) fails here, as it
     * would on first use in Jira.
     */
    static List<String> linkEveryClass(Bundle bundle, Path jar) throws IOException {
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                String className = name.substring(0, name.length() - 6).replace('/', '.');
                try {
                    Class<?> type = bundle.loadClass(className);
                    type.getDeclaredFields();
                    type.getDeclaredMethods();
                    type.getDeclaredConstructors();
                    type.getInterfaces();
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    failures.add(className + ": " + e);
                }
            }
        }
        assertThat(loaded).as("classes loaded from %s", jar.getFileName()).isGreaterThan(10);
        return failures;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(30_000);
    }

    private static Set<String> packagesOf(Path jar) throws IOException {
        Set<String> packages = new LinkedHashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
                    packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
        }
        return packages;
    }

    /** The jar's Maven version as an OSGi version; none for our own declarations (Atlassian's are unknown here). */
    private static String osgiVersion(String maven, String prefix) {
        if (prefix.equals("atlassian-api-")) {
            return null;
        }
        String[] parts = maven.replaceAll("[^0-9.].*$", "").split("\\.");
        StringBuilder version = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            version.append(i == 0 ? "" : ".").append(i < parts.length && !parts[i].isEmpty() ? parts[i] : "0");
        }
        return version.toString();
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
