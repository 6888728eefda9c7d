package com.allinaccountability.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.web.report.MacroPeriod;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Everything atlassian-plugin.xml names exists, has the right type and is translated. */
class PluginDescriptorTest {

    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void the_macro_class_is_a_confluence_macro_constructible_from_the_link_service_and_template_renderer() throws Exception {
        Element macro = (Element) descriptor().getElementsByTagName("xhtml-macro").item(0);
        Class<?> type = Class.forName(macro.getAttribute("class"));

        assertThat(Macro.class).isAssignableFrom(type);
        assertThat(type.getConstructor(ApplicationLinkService.class, TemplateRenderer.class)).isNotNull();
        assertThat(macro.getAttribute("name")).isEqualTo("accountability-report");
    }

    @Test
    void every_resource_and_i18n_key_exists_and_module_keys_are_unique() throws Exception {
        Document descriptor = descriptor();
        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location");
            String path = "i18n".equals(resource.getAttribute("type")) ? location + ".properties" : location;
            assertThat(getClass().getClassLoader().getResource(path)).as(path).isNotNull();
        }
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/accountability.properties")) {
            bundle.load(in);
        }
        List<String> keys = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String attribute : List.of("i18n-name-key", "key")) {
                String value = element.getAttribute(attribute);
                if (value.startsWith("accountability.")) {
                    assertThat(bundle).as(value).containsKey(value);
                }
            }
            if (element.getParentNode() == descriptor.getDocumentElement() && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        Set<String> unique = new HashSet<>(keys);
        assertThat(unique).hasSameSizeAs(keys);
        for (String key : ReportMacroKeys.ALL) {
            assertThat(bundle).as(key).containsKey(key);
        }
    }

    @Test
    void the_macro_takes_a_project_and_a_period() throws Exception {
        NodeList parameters = descriptor().getElementsByTagName("parameter");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            names.add(((Element) parameters.item(i)).getAttribute("name"));
        }
        assertThat(names).containsExactly("project", "period");
        for (MacroPeriod period : MacroPeriod.values()) {
            assertThat(MacroPeriod.parse(period.parameterValue())).contains(period);
        }
    }

    @Test
    void the_velocity_allowlist_is_the_web_layers_entry_for_entry() throws Exception {
        // Confluence 9+ lets a template call only allowlisted methods; the web layer's list is exact for its templates
        // (its VelocityAllowlistTest), and the macro renders those templates through Confluence's renderer.
        NodeList methods = descriptor().getElementsByTagName("method");
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < methods.getLength(); i++) {
            declared.add(methods.item(i).getTextContent().trim());
        }
        List<String> web = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("templates/accountability/velocity-allowlist.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    web.add(line.trim());
                }
            }
        }
        assertThat(web).isNotEmpty();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(web);
    }

    /** The warning keys the macro uses. */
    static final class ReportMacroKeys {
        static final List<String> ALL = List.of("project", "period", "nolink", "permission", "refused", "unreachable",
                "unreadable").stream().flatMap(k -> List.of("accountability.macro.warning." + k + ".title",
                "accountability.macro.warning." + k + ".body").stream()).toList();
    }
}
