package com.allinaccountability.jira.descriptor;

import static com.allinaccountability.jira.descriptor.PluginResources.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The Spring composition root against the code: every imported service is an interface we compile against, every
 * bean class exists with a public constructor of its argument count, and every reference names a declared bean.
 */
class SpringContextTest {
    private static final String OSGI = "http://www.springframework.org/schema/osgi";
    private final Element root = PluginResources.xml("META-INF/spring/plugin-context.xml").getDocumentElement();

    @Test
    void imports_beans_and_references_resolve() throws ClassNotFoundException {
        Map<String, Element> ids = new HashMap<>();
        List<String> refs = new ArrayList<>();
        for (Element element : all(root)) {
            if (element.hasAttribute("id")) {
                assertThat(ids.put(element.getAttribute("id"), element)).as("duplicate id").isNull();
            }
            if (OSGI.equals(element.getNamespaceURI()) && element.getLocalName().equals("reference")) {
                Class<?> service = Class.forName(element.getAttribute("interface"));
                assertThat(service.isInterface()).as("%s is an interface", service).isTrue();
                assertThat(service.getName()).startsWith("com.atlassian.");
            }
            if (element.getLocalName().equals("bean")) {
                Class<?> type = Class.forName(element.getAttribute("class"));
                int arguments = (int) PluginResources.children(element).stream()
                        .filter(child -> child.getLocalName().equals("constructor-arg")).count();
                if (!element.hasAttribute("factory-method")) {
                    assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
                    boolean hasConstructor = false;
                    for (Constructor<?> constructor : type.getConstructors()) {
                        hasConstructor |= constructor.getParameterCount() == arguments;
                    }
                    assertThat(hasConstructor).as("%s has a public %d-argument constructor", type, arguments)
                            .isTrue();
                }
                for (String lifecycle : List.of("init-method", "destroy-method")) {
                    if (element.hasAttribute(lifecycle)) {
                        String method = element.getAttribute(lifecycle);
                        assertThat(Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(method)
                                && m.getParameterCount() == 0)).as("%s has a public %s() for its %s", type, method,
                                lifecycle).isTrue();
                    }
                }
            }
            if (element.hasAttribute("ref")) {
                refs.add(element.getAttribute("ref"));
            }
        }
        Set<String> unresolved = new TreeSet<>(refs);
        unresolved.removeAll(ids.keySet());
        assertThat(unresolved).as("references to undeclared beans").isEmpty();
    }
}
