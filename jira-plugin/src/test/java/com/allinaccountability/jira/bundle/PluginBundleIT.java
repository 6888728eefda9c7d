package com.allinaccountability.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar (run by failsafe after {@code package}): a transformerless OSGi bundle with our modules inside
 * and every host package imported, never copied.
 */
class PluginBundleIT {
    private static final Path JAR = Path.of(System.getProperty("plugin.jar", "target/missing.jar"));
    private static Attributes manifest;
    private static List<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        assertThat(JAR).as("the packaged plugin jar").exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            manifest = jar.getManifest().getMainAttributes();
            entries = new ArrayList<>();
            jar.stream().map(JarEntry::getName).forEach(entries::add);
        }
    }

    @Test
    void is_a_transformerless_plugin_bundle() {
        String key = System.getProperty("plugin.key");
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Spring-Context")).isNotBlank();
        assertThat(manifest.getValue("Bundle-Version")).isNotBlank();
        assertThat(manifest.getValue("Export-Package")).isNull();
    }

    @Test
    void imports_exactly_the_pinned_packages() throws IOException {
        // A new import is a package the host must export: a deliberate change, made in bundle/import-package.txt.
        assertThat(importClauses(manifest.getValue("Import-Package")))
                .as("Import-Package (update src/test/resources/bundle/import-package.txt if the change is meant)")
                .containsExactlyInAnyOrderElementsOf(expectedImports());
    }

    @Test
    void imports_the_host_packages() {
        String imports = manifest.getValue("Import-Package");
        assertThat(imports).contains("com.atlassian.jira.issue", "com.atlassian.jira.security",
                "com.atlassian.jira.bc.issue.properties", "com.atlassian.event.api", "com.atlassian.sal.api",
                "com.atlassian.jira.plugin.workflow", "com.opensymphony.workflow", "org.slf4j", "jakarta.servlet.http");
        assertThat(imports).doesNotContain("com.allinaccountability").doesNotContain("java.util");
        // Every service plugin-context.xml imports by interface must be importable by the bundle.
        assertThat(imports).contains("net.java.ao", "jakarta.ws.rs", "com.atlassian.plugins.rest.api.security.annotation");
        assertThat(imports).contains("com.atlassian.activeobjects.external", "com.atlassian.jira.config",
                "com.atlassian.templaterenderer", "com.atlassian.jira.user.util", "com.atlassian.scheduler",
                "com.atlassian.scheduler.config");
    }

    @Test
    void contains_our_classes_and_resources_and_no_host_class() {
        assertThat(entries).contains(
                "atlassian-plugin.xml",
                "META-INF/spring/plugin-context.xml",
                "com/allinaccountability/jira/workflow/AccountabilityGateValidator.class",
                "com/allinaccountability/core/service/GateService.class",
                "com/allinaccountability/core/model/Requirement.class",
                "com/allinaccountability/ao/AoRecordStore.class",
                "com/allinaccountability/web/rest/IssueResource.class",
                "com/allinaccountability/jira/rest/IssueRestResource.class",
                "templates/jira/workflow/gate-view.vm",
                "templates/accountability/panel.vm",
                "web-resources/accountability-panel.js",
                "i18n/accountability.properties",
                "i18n/accountability-jira.properties");
        assertThat(entries).noneMatch(e -> e.startsWith("com/atlassian/"))
                .noneMatch(e -> e.startsWith("com/opensymphony/"))
                .noneMatch(e -> e.startsWith("net/java/ao/"))
                .noneMatch(e -> e.startsWith("org/slf4j/"))
                .noneMatch(e -> e.startsWith("jakarta/"))
                .noneMatch(e -> e.startsWith("org/apache/velocity/"))
                // Sandbox-only code: the Velocity 2 engine, the REST wiring and the embedded AO set-up.
                .noneMatch(e -> e.startsWith("com/allinaccountability/web/velocity/"))
                .noneMatch(e -> e.startsWith("com/allinaccountability/ao/embedded/"))
                .noneMatch(e -> e.matches("com/allinaccountability/web/[A-Za-z]+\\.class"));
    }

    @Test
    void the_shipped_descriptor_carries_the_real_plugin_key() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String descriptor = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(descriptor).contains("key=\"" + System.getProperty("plugin.key") + "\"")
                    .doesNotContain("${");
        }
        assertThat(Files.size(JAR)).isPositive();
    }

    /** The manifest's Import-Package clauses, split at the commas between clauses (not those inside quotes). */
    static List<String> importClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause.toString().trim());
        }
        return clauses;
    }

    /** The checked-in list (src/test/resources/bundle/import-package.txt), comments and blank lines left out. */
    static List<String> expectedImports() throws IOException {
        try (java.io.InputStream in = PluginBundleIT.class.getClassLoader()
                .getResourceAsStream("bundle/import-package.txt")) {
            assertThat(in).as("bundle/import-package.txt on the test class path").isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
