package com.allinaccountability.jira.descriptor;

import static com.allinaccountability.jira.descriptor.PluginResources.all;
import static com.allinaccountability.jira.descriptor.PluginResources.children;
import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.jira.property.AccountabilityProperty;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.web.ContextProvider;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The descriptor against the code and resources it names: classes exist with the type Jira expects, every path exists,
 * every i18n key exists, module keys are unique, and the velocity allowlist covers every call templates make on our
 * classes. Runs on target/classes, i.e. on the filtered descriptor that ships.
 */
class PluginDescriptorTest {
    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private final Element root = PluginResources.xml(DESCRIPTOR).getDocumentElement();

    /** What each class-naming place in the descriptor must be. */
    private static final Map<String, Class<?>> EXPECTED_TYPES = Map.ofEntries(
            Map.entry("workflow-validator@class", WorkflowPluginValidatorFactory.class),
            Map.entry("validator-class", Validator.class),
            Map.entry("workflow-condition@class", WorkflowPluginConditionFactory.class),
            Map.entry("condition-class", Condition.class),
            Map.entry("context-provider@class", ContextProvider.class),
            Map.entry("servlet@class", jakarta.servlet.http.HttpServlet.class),
            Map.entry("entity", RawEntity.class),
            Map.entry("upgradeTask", ActiveObjectsUpgradeTask.class));

    @Test
    void the_plugin_key_comes_from_the_build_and_data_center_compatibility_is_declared() {
        assertThat(root.getAttribute("key")).isEqualTo(System.getProperty("plugin.key",
                "com.allinaccountability.accountability")).doesNotContain("${");
        Element info = children(root).stream().filter(e -> e.getTagName().equals("plugin-info")).findFirst()
                .orElseThrow();
        Map<String, String> params = new java.util.HashMap<>();
        for (Element param : children(info)) {
            if (param.getTagName().equals("param")) {
                params.put(param.getAttribute("name"), param.getTextContent().trim());
            }
        }
        assertThat(params).containsEntry("atlassian-data-center-compatible", "true")
                .containsEntry("atlassian-data-center-status", "compatible");
        assertThat(all(info).stream().filter(e -> e.getTagName().equals("vendor")).findFirst().orElseThrow()
                .getAttribute("name")).isNotBlank().doesNotContain("${");
        assertThat(PluginResources.text(DESCRIPTOR)).doesNotContain("${");
    }

    @Test
    void every_class_named_exists_and_has_the_type_jira_expects() throws ClassNotFoundException {
        List<String> checked = new ArrayList<>();
        for (Element element : all(root)) {
            String tag = element.getTagName();
            if (element.hasAttribute("class")) {
                Class<?> type = Class.forName(element.getAttribute("class"));
                Class<?> expected = EXPECTED_TYPES.get(tag + "@class");
                assertThat(expected).as("expected type of <%s class>", tag).isNotNull();
                assertThat(expected).as("%s (%s)", type.getName(), tag).isAssignableFrom(type);
                assertThat(Modifier.isAbstract(type.getModifiers())).as("%s is instantiable", type).isFalse();
                checked.add(type.getName());
            }
            if (tag.endsWith("-class") || tag.equals("entity") || tag.equals("upgradeTask")) {
                Class<?> type = Class.forName(element.getTextContent().trim());
                assertThat(EXPECTED_TYPES.get(tag)).as("%s (%s)", type.getName(), tag).isAssignableFrom(type);
                checked.add(type.getName());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void workflow_modules_have_their_three_templates_and_every_resource_exists() {
        for (String module : List.of("workflow-validator", "workflow-condition")) {
            for (Element element : all(root)) {
                if (element.getTagName().equals(module)) {
                    Set<String> names = new HashSet<>();
                    for (Element resource : children(element)) {
                        if (resource.getTagName().equals("resource")) {
                            names.add(resource.getAttribute("name"));
                            assertThat(resource.getAttribute("location"))
                                    .startsWith("templates/jira/workflow/");
                        }
                    }
                    assertThat(names).containsExactlyInAnyOrder("view", "input-parameters", "edit-parameters");
                }
            }
        }
        for (Element resource : all(root)) {
            if (resource.getTagName().equals("resource") && !resource.getAttribute("type").equals("i18n")) {
                assertThat(PluginResources.url(resource.getAttribute("location")))
                        .as("resource %s", resource.getAttribute("location")).isNotNull();
            }
        }
        for (String bundle : i18nBundles()) {
            assertThat(PluginResources.url(bundle)).as("i18n bundle %s", bundle).isNotNull();
        }
    }

    @Test
    void module_keys_are_unique() {
        List<String> keys = new ArrayList<>();
        for (Element module : children(root)) {
            if (module.hasAttribute("key")) {
                keys.add(module.getAttribute("key"));
            }
        }
        assertThat(keys).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void the_policy_page_resources_load_only_where_the_policy_servlet_requires_them() throws Exception {
        // A web-resource with a context (atl.admin...) loads on every page of that context; the policy page's script
        // and style are required by PolicyAdminServlet alone, by their complete key.
        Element resources = module("web-resource", "accountability-policy-resources");
        assertThat(children(resources).stream().filter(e -> e.getTagName().equals("context")).toList()).isEmpty();
        java.lang.reflect.Field key = com.allinaccountability.jira.admin.PolicyAdminServlet.class
                .getDeclaredField("WEB_RESOURCE");
        key.setAccessible(true);
        assertThat(key.get(null)).isEqualTo(root.getAttribute("key") + ":accountability-policy-resources");
        for (Element webResource : all(root)) {
            if (webResource.getTagName().equals("web-resource")) {
                assertThat(children(webResource).stream().map(Element::getTextContent).map(String::trim))
                        .as("web-resource %s", webResource.getAttribute("key")).doesNotContain("atl.admin");
            }
        }
    }

    @Test
    void waiting_for_me_is_linked_from_the_user_menu_to_its_servlet_which_alone_requires_its_resources()
            throws Exception {
        Element link = module("web-item", "accountability-waiting-link");
        // Jira's user (profile) menu, personal section (developer.atlassian.com "User profile menu").
        assertThat(link.getAttribute("section")).isEqualTo("system.user.options/personal");
        String href = children(link).stream().filter(e -> e.getTagName().equals("link")).findFirst().orElseThrow()
                .getTextContent().trim();
        assertThat(href).isEqualTo(com.allinaccountability.web.view.WaitingLine.Links.WAITING_PATH);
        Element servlet = module("servlet", "accountability-waiting-servlet");
        assertThat("/plugins/servlet" + children(servlet).get(0).getTextContent().trim()).isEqualTo(href);
        Element resources = module("web-resource", "accountability-waiting-resources");
        assertThat(children(resources).stream().filter(e -> e.getTagName().equals("context")).toList()).isEmpty();
        assertThat(children(resources).stream().map(e -> e.getAttribute("location")).toList())
                .contains(com.allinaccountability.web.WebResources.WAITING_SCRIPT);
        java.lang.reflect.Field key = com.allinaccountability.jira.waiting.WaitingPageServlet.class
                .getDeclaredField("WEB_RESOURCE");
        key.setAccessible(true);
        assertThat(key.get(null)).isEqualTo(root.getAttribute("key") + ":accountability-waiting-resources");
    }

    @Test
    void the_panel_web_resource_and_locations_are_the_ones_jira_renders() {
        Element panel = module("web-panel", "accountability-panel");
        assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.right.context");
        Element resources = module("web-resource", "accountability-panel-resources");
        List<String> dependencies = children(resources).stream().filter(e -> e.getTagName().equals("dependency"))
                .map(e -> e.getTextContent().trim()).toList();
        List<String> contexts = children(resources).stream().filter(e -> e.getTagName().equals("context"))
                .map(e -> e.getTextContent().trim()).toList();
        assertThat(dependencies).contains("com.atlassian.auiplugin:ajs");
        assertThat(contexts).contains("jira.view.issue");
        Element rest = module("rest", "accountability-rest");
        assertThat(rest.getAttribute("path")).isEqualTo("/accountability");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        assertThat(module("ao", "accountability-ao").getAttribute("namespace")).isEqualTo(root.getAttribute("key"));
    }

    @Test
    void jql_indexes_the_property_the_writer_writes() {
        Element index = module("index-document-configuration", "accountability-index");
        assertThat(index.getAttribute("entity-key")).isEqualTo("IssueProperty");
        Element key = children(index).get(0);
        assertThat(key.getAttribute("property-key")).isEqualTo(AccountabilityProperty.KEY);
        Map<String, String> extracts = new java.util.LinkedHashMap<>();
        for (Element extract : children(key)) {
            extracts.put(extract.getAttribute("path"), extract.getAttribute("type"));
        }
        assertThat(extracts).containsExactlyInAnyOrderEntriesOf(
                Map.of("stage", "string", "owner", "string", "result", "string", "health", "string"));
        String json = new AccountabilityProperty(com.allinaccountability.core.model.Stage.NONE,
                java.util.Optional.empty(), java.util.Optional.empty(), List.of()).toJson();
        for (String path : extracts.keySet()) {
            assertThat(json).contains("\"" + path + "\":");
        }
    }

    @Test
    void the_ao_module_lists_every_store_entity_and_the_upgrade_task() {
        Element ao = module("ao", "accountability-ao");
        List<String> entities = children(ao).stream().filter(e -> e.getTagName().equals("entity"))
                .map(e -> e.getTextContent().trim()).toList();
        assertThat(entities).containsExactlyInAnyOrderElementsOf(
                com.allinaccountability.ao.entity.StoreEntities.ALL.stream().map(Class::getName).toList());
        assertThat(children(ao).stream().filter(e -> e.getTagName().equals("upgradeTask"))
                .map(e -> e.getTextContent().trim()).toList())
                .containsExactly(com.allinaccountability.jira.ao.AccountabilityUpgradeTask.class.getName());
    }

    // --- i18n

    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$!?\\{?i18n\\.getText\\(\"([^\"]+)\"");
    private static final Pattern JS_KEY = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");
    /** Keys built from a variable in templates, and the values that variable takes. */
    private static final Map<String, List<String>> EXPANSIONS = Map.of(
            "$requirement", java.util.Arrays.stream(Requirement.values()).map(Enum::name).toList(),
            "$option.value", java.util.Arrays.stream(Requirement.values()).map(Enum::name).toList(),
            "$category", java.util.Arrays.stream(StatusCategory.values()).map(StatusCategory::key).toList());

    @Test
    void every_i18n_key_used_in_the_descriptor_templates_scripts_and_gate_messages_exists() {
        Properties bundle = new Properties();
        for (String path : i18nBundles()) {
            bundle.putAll(PluginResources.properties(path));
        }
        Set<String> used = new TreeSet<>();
        for (Element element : all(root)) {
            if (element.hasAttribute("i18n-name-key")) {
                used.add(element.getAttribute("i18n-name-key"));
            }
            if ((element.getTagName().equals("label") || element.getTagName().equals("description"))
                    && element.hasAttribute("key")) {
                used.add(element.getAttribute("key"));
            }
        }
        for (String template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(PluginResources.text(template));
            while (matcher.find()) {
                // Keys the web layer's templates build from its own variables are its tests' business.
                if (template.startsWith("templates/jira/") || !matcher.group(1).contains("$")) {
                    used.addAll(expand(matcher.group(1)));
                }
            }
        }
        for (String script : resourcesOfType("download")) {
            if (script.endsWith(".js")) {
                Matcher matcher = JS_KEY.matcher(PluginResources.text(script));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Requirement requirement : Requirement.values()) {
            used.add(new com.allinaccountability.core.model.MissingStep(requirement,
                    com.allinaccountability.core.model.MissingStep.Reason.NO_EXPECTATION, "-").messageKey());
        }
        used.add("accountability.gate.panel.link");

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used.stream().filter(key -> !bundle.containsKey(key)).toList()).as("keys missing from the bundle")
                .isEmpty();
    }

    private static List<String> expand(String key) {
        for (Map.Entry<String, List<String>> expansion : EXPANSIONS.entrySet()) {
            if (key.contains(expansion.getKey())) {
                return expansion.getValue().stream().map(v -> key.replace(expansion.getKey(), v)).toList();
            }
        }
        assertThat(key).as("an i18n key built from an unknown variable").doesNotContain("$");
        return List.of(key);
    }

    // --- velocity allowlist

    /** The context variables templates use, and their types; a new variable must be added here to be checked. */
    private static final Map<String, Class<?>> CONTEXT_TYPES = Map.of(
            "i18n", I18nHelper.class,
            "option", com.allinaccountability.web.view.OptionView.class);
    /** Jira's own types, on its global allowlist; any other type not ours (a JDK collection...) fails the test. */
    private static final Set<Class<?>> HOST_TYPES = Set.of(I18nHelper.class);
    private static final Pattern CALL = Pattern.compile("\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)\\.([A-Za-z][A-Za-z0-9_]*)(\\()?");

    @Test
    void the_velocity_allowlist_covers_every_call_templates_make_on_our_classes() throws ClassNotFoundException {
        Set<String> allowed = new LinkedHashSet<>();
        for (Element element : all(module("velocity-allowlist", "accountability-velocity-allowlist"))) {
            if (element.getTagName().equals("method")) {
                allowed.add(element.getTextContent().trim());
            }
        }
        Set<String> needed = new LinkedHashSet<>();
        // The web layer's templates: its allowlist file, which its own test keeps exact, entry for entry.
        for (String line : PluginResources.text("templates/accountability/velocity-allowlist.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                needed.add(line.trim());
            }
        }
        for (String template : templates()) {
            if (!template.startsWith("templates/jira/")) {
                continue;
            }
            Matcher matcher = CALL.matcher(PluginResources.text(template));
            while (matcher.find()) {
                String variable = matcher.group(1);
                Class<?> type = CONTEXT_TYPES.get(variable);
                assertThat(type).as("type of $%s in %s (add it to CONTEXT_TYPES)", variable, template).isNotNull();
                if (!type.getName().startsWith("com.allinaccountability.")) {
                    assertThat(HOST_TYPES).as("$%s.%s in %s calls a method of %s, which our allowlist may not name "
                            + "and Jira's global one may not hold: pass a ready value instead", variable,
                            matcher.group(2), template, type.getName()).contains(type);
                    continue;
                }
                String member = matcher.group(2);
                Method method = velocityMethod(type, member, matcher.group(3) != null);
                needed.add(type.getName() + "#" + method.getName() + "()");
            }
        }
        assertThat(needed).isNotEmpty();
        // The web layer's list is the source; a drift fails here with the exact lines to paste into the descriptor.
        Set<String> missing = new LinkedHashSet<>(needed);
        missing.removeAll(allowed);
        Set<String> extra = new LinkedHashSet<>(allowed);
        extra.removeAll(needed);
        assertThat(missing).as("add to <velocity-allowlist> in atlassian-plugin.xml:%n%s",
                String.join("\n", missing.stream().map(m -> "        <method>" + m + "</method>").toList()))
                .isEmpty();
        assertThat(extra).as("remove from <velocity-allowlist> (no template calls them): %s", extra).isEmpty();
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(needed);
        for (String entry : allowed) {
            String[] parts = entry.split("#");
            Class<?> type = Class.forName(parts[0]);
            String name = parts[1].substring(0, parts[1].indexOf('('));
            assertThat(type.getName()).startsWith("com.allinaccountability.");
            assertThat(java.util.Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name)))
                    .as("allowlisted %s exists", entry).isTrue();
        }
    }

    /** Velocity resolves {@code $x.name} to getName(), isName() or name(); {@code $x.name()} to name(). */
    private static Method velocityMethod(Class<?> type, String member, boolean called) {
        List<String> candidates = called ? List.of(member)
                : List.of("get" + Character.toUpperCase(member.charAt(0)) + member.substring(1),
                        "is" + Character.toUpperCase(member.charAt(0)) + member.substring(1), member);
        for (String candidate : candidates) {
            try {
                return type.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        throw new AssertionError(type.getName() + " has no method for $..." + member);
    }

    // --- helpers

    private Element module(String tag, String key) {
        return children(root).stream().filter(e -> e.getTagName().equals(tag) && e.getAttribute("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no <" + tag + " key=\"" + key + "\">"));
    }

    private List<String> i18nBundles() {
        List<String> bundles = new ArrayList<>();
        for (Element resource : all(root)) {
            if (resource.getTagName().equals("resource") && resource.getAttribute("type").equals("i18n")) {
                bundles.add(resource.getAttribute("location").replace('.', '/') + ".properties");
            }
        }
        assertThat(bundles).isNotEmpty();
        return bundles;
    }

    private Set<String> templates() {
        Set<String> templates = new TreeSet<>(resourcesOfType("velocity"));
        templates.add(com.allinaccountability.jira.admin.PolicyAdminServletAccess.TEMPLATE);
        return templates;
    }

    private Set<String> resourcesOfType(String type) {
        Set<String> locations = new TreeSet<>();
        for (Element resource : all(root)) {
            if (resource.getTagName().equals("resource") && resource.getAttribute("type").equals(type)) {
                locations.add(resource.getAttribute("location"));
            }
        }
        return locations;
    }
}
