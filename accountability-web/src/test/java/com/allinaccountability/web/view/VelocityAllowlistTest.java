package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.web.velocity.AllowlistUberspector;
import com.allinaccountability.web.velocity.Views;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Velocity allowlist is exact: each entry is a public method of one of our classes and is called by a template,
 * and a template calling anything else fails here as it would in Jira.
 */
class VelocityAllowlistTest {
    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.,\\[;]*)\\)");

    @Test
    void every_entry_is_a_public_method_of_our_own_classes() throws Exception {
        for (String entry : AllowlistUberspector.allowed()) {
            Matcher m = ENTRY.matcher(entry);
            assertThat(m.matches()).as(entry).isTrue();
            assertThat(m.group(1)).as(entry).startsWith("com.allinaccountability.web.");
            Class<?> type = Class.forName(m.group(1));
            List<Class<?>> parameters = new ArrayList<>();
            if (!m.group(3).isEmpty()) {
                for (String name : m.group(3).split(",")) {
                    parameters.add(Class.forName(name));
                }
            }
            Method method = type.getMethod(m.group(2), parameters.toArray(Class<?>[]::new));
            assertThat(Modifier.isPublic(method.getModifiers())).as(entry).isTrue();
            assertThat(AllowlistUberspector.entry(type, method)).isEqualTo(entry);
        }
    }

    @Test
    void every_entry_is_used_by_a_template() throws IOException {
        String templates = read(Views.PANEL) + read(Views.POLICY_PAGE)
                + read(com.allinaccountability.web.report.ReportViews.HTML)
                + read(com.allinaccountability.web.report.ReportViews.STORAGE)
                + read(com.allinaccountability.web.report.MacroOutput.WARNING)
                + read(Views.WAITING) + read(Views.DIGEST_MAIL);
        for (String entry : AllowlistUberspector.allowed()) {
            Matcher m = ENTRY.matcher(entry);
            assertThat(m.matches()).isTrue();
            String method = m.group(2);
            String property = method.replaceFirst("^(get|is)", "");
            property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
            assertThat(templates).as(entry + " is called by a template")
                    .containsPattern("\\." + Pattern.quote(method) + "\\(|\\." + Pattern.quote(property) + "\\b");
        }
    }

    @Test
    void a_template_calling_a_method_off_the_list_fails() {
        Views views = new Views();

        assertThatThrownBy(() -> views.render("templates/accountability/test-off-the-list.vm",
                new OptionView("a", "b", false), Messages.english()))
                .hasStackTraceContaining("not in " + AllowlistUberspector.ALLOWLIST);
    }

    @Test
    void the_panel_and_policy_templates_call_only_listed_methods() {
        // Rendering under the enforcing uberspector is the proof; these cover every branch the tests render.
        Set<String> allowed = AllowlistUberspector.allowed();
        assertThat(allowed).contains("com.allinaccountability.web.view.Messages#getText(java.lang.String)");
        new PanelScenario().everyStep("x").panel("bob");
    }

    private static String read(String location) throws IOException {
        try (InputStream in = Views.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
