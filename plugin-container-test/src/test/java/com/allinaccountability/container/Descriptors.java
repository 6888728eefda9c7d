package com.allinaccountability.container;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a plugin's {@code atlassian-plugin.xml} (read from the bundle, as the host reads it) names. */
final class Descriptors {
    private Descriptors() {}

    static Document descriptor(Bundle bundle) throws Exception {
        URL url = bundle.getEntry("atlassian-plugin.xml");
        try (InputStream in = url.openStream()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** Every class a module names: class attributes and the validator/condition/upgrade-task elements. */
    static List<String> namedClasses(Document descriptor) {
        Set<String> classes = new LinkedHashSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                classes.add(element.getAttribute("class"));
            }
            if (List.of("validator-class", "condition-class", "upgradeTask", "entity")
                    .contains(element.getTagName())) {
                classes.add(element.getTextContent().trim());
            }
        }
        return new ArrayList<>(classes);
    }

    static Set<String> allowlist(Document descriptor) {
        Set<String> methods = new LinkedHashSet<>();
        NodeList entries = descriptor.getElementsByTagName("method");
        for (int i = 0; i < entries.getLength(); i++) {
            methods.add(entries.item(i).getTextContent().trim());
        }
        return methods;
    }

    static List<String> restPackages(Document descriptor) {
        List<String> packages = new ArrayList<>();
        NodeList rest = descriptor.getElementsByTagName("rest");
        for (int i = 0; i < rest.getLength(); i++) {
            NodeList children = ((Element) rest.item(i)).getElementsByTagName("package");
            for (int j = 0; j < children.getLength(); j++) {
                packages.add(children.item(j).getTextContent().trim());
            }
        }
        return packages;
    }
}
