package com.allinaccountability.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.web.report.MacroPeriod;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.confluence.macro.Macro;
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
    void the_macro_class_is_a_confluence_macro_constructible_from_the_application_link_service() throws Exception {
        Element macro = (Element) descriptor().getElementsByTagName("xhtml-macro").item(0);
        Class<?> type = Class.forName(macro.getAttribute("class"));

        assertThat(Macro.class).isAssignableFrom(type);
        assertThat(type.getConstructor(ApplicationLinkService.class)).isNotNull();
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

    /** The warning keys the macro uses. */
    static final class ReportMacroKeys {
        static final List<String> ALL = List.of("project", "period", "nolink", "permission", "refused", "unreachable",
                "unreadable").stream().flatMap(k -> List.of("accountability.macro.warning." + k + ".title",
                "accountability.macro.warning." + k + ".body").stream()).toList();
    }
}
