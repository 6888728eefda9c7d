package com.allinaccountability.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built Confluence plugin jar (failsafe, after {@code package}): the macro inside, every host class imported. */
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
    void is_a_transformerless_plugin_bundle_importing_the_host() {
        String key = System.getProperty("plugin.key");
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(manifest.getValue("Spring-Context")).isNotBlank();
        assertThat(manifest.getValue("Export-Package")).isNull();
        assertThat(manifest.getValue("Import-Package")).contains("com.atlassian.confluence.macro",
                "com.atlassian.applinks.api", "com.atlassian.sal.api.net", "org.slf4j")
                .doesNotContain("com.allinaccountability").doesNotContain("org.apache.velocity")
                .doesNotContain("jakarta.");
    }

    @Test
    void imports_exactly_the_pinned_packages() throws IOException {
        // A new import is a package the host must export: a deliberate change, made in bundle/import-package.txt.
        assertThat(importClauses(manifest.getValue("Import-Package")))
                .as("Import-Package (update src/test/resources/bundle/import-package.txt if the change is meant)")
                .containsExactlyInAnyOrderElementsOf(expectedImports());
    }

    @Test
    void contains_the_macro_the_shared_templates_and_no_host_class() throws IOException {
        assertThat(entries).contains("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
                "com/allinaccountability/confluence/ReportMacro.class",
                "com/allinaccountability/web/report/MacroOutput.class",
                "com/allinaccountability/core/report/ProjectReport.class",
                "templates/accountability/report.vm", "templates/accountability/macro-warning.vm",
                "i18n/accountability.properties", "web-resources/accountability-report.css");
        // Confluence's template renderer renders the templates: no template engine and no REST layer inside.
        assertThat(entries).noneMatch(e -> e.startsWith("org/apache/velocity/"))
                .noneMatch(e -> e.startsWith("org/apache/commons/"))
                .noneMatch(e -> e.startsWith("com/allinaccountability/web/rest/"))
                .noneMatch(e -> e.startsWith("com/allinaccountability/web/velocity/"));
        assertThat(entries).noneMatch(e -> e.startsWith("com/atlassian/"))
                .noneMatch(e -> e.startsWith("org/slf4j/"));
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String descriptor = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(descriptor).contains("key=\"" + System.getProperty("plugin.key") + "\"").doesNotContain("${");
        }
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
