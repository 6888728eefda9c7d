package com.allinaccountability.jira.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The {@code -P atlassian} build (AMPS against the real jira-api) cannot run here, as Atlassian's repository is out of
 * reach; this checks what it would build with: the platform BOM imported, the REST v2 and template renderer APIs
 * declared, and no version of ours pinned where Jira's must win (its OSWorkflow fork, its Active Objects, Servlet).
 */
class AtlassianProfileTest {
    private static final Path POM = Path.of("pom.xml");

    private static Element atlassianProfile() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (text(profile, "id").equals("atlassian")) {
                return profile;
            }
        }
        throw new AssertionError("no atlassian profile in " + POM.toAbsolutePath());
    }

    private static String text(Element parent, String child) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(child)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    private static List<Element> dependencies(Element scope) {
        List<Element> found = new ArrayList<>();
        NodeList all = scope.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    @Test
    void imports_the_platform_bom_and_declares_the_rest_v2_and_template_renderer_apis() throws Exception {
        List<Element> declared = dependencies(atlassianProfile());

        assertThat(declared).anyMatch(d -> text(d, "artifactId").equals("platform-public-api")
                && text(d, "type").equals("pom") && text(d, "scope").equals("import"));
        assertThat(declared).anyMatch(d -> text(d, "groupId").equals("com.atlassian.plugins.rest")
                && text(d, "artifactId").equals("atlassian-rest-v2-api"));
        assertThat(declared).anyMatch(d -> text(d, "groupId").equals("com.atlassian.templaterenderer")
                && text(d, "artifactId").equals("atlassian-template-renderer-api"));
    }

    @Test
    void pins_no_version_jira_provides() throws Exception {
        Element profile = atlassianProfile();
        for (Element dependency : dependencies(profile)) {
            String artifact = text(dependency, "artifactId");
            assertThat(artifact).isNotIn("osworkflow", "propertyset", "activeobjects-core");
            if (!artifact.equals("jira-api") && !artifact.equals("platform-public-api")) {
                assertThat(text(dependency, "version")).as("version of %s (the platform BOM's)", artifact).isEmpty();
            }
        }
        assertThat(profile.getTextContent()).doesNotContain("activeobjects.plugin.version");
        String rootPom = java.nio.file.Files.readString(Path.of("..", "pom.xml"));
        assertThat(rootPom).contains("<servlet-api.version>6.0.0</servlet-api.version>");
    }
}
