package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.MissingStep;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.web.WebResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text key the templates, the script and the gates use exists in the bundle. */
class I18nBundleTest {
    private final Messages messages = Messages.english();

    @Test
    void every_key_a_template_uses_exists() throws IOException {
        String templates = read("templates/accountability/panel.vm") + read("templates/accountability/policy.vm")
                + read(Templates.WAITING) + read(Templates.DIGEST_MAIL);
        List<String> keys = keys(templates, "getText\\(\"([^\"]+)\"\\)");

        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void every_literal_key_the_script_uses_exists() throws IOException {
        List<String> keys = keys(read(WebResources.PANEL_SCRIPT), "['\"](accountability\\.[\\w.]*\\w)['\"]");

        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void every_key_built_from_a_value_exists() {
        List<String> keys = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            keys.add("accountability.stage." + stage);
        }
        for (HealthFlag flag : HealthFlag.values()) {
            keys.add("accountability.health." + flag);
        }
        for (Requirement requirement : Requirement.values()) {
            keys.add("accountability.requirement." + requirement);
            keys.add(new MissingStep(requirement, MissingStep.Reason.NO_EXPECTATION, "reason").messageKey());
        }
        for (AlignmentState state : AlignmentState.values()) {
            keys.add("accountability.alignment.state." + state);
        }
        for (OwnershipRole role : OwnershipRole.values()) {
            keys.add("accountability.ownership.role." + role);
        }
        for (CheckInStatus status : CheckInStatus.values()) {
            keys.add("accountability.checkin.status." + status);
        }
        for (RetrospectiveResult result : RetrospectiveResult.values()) {
            keys.add("accountability.retrospective.result." + result);
        }
        for (StatusCategory category : StatusCategory.values()) {
            keys.add("accountability.policy.category." + category.key());
        }
        for (int rating = 1; rating <= 5; rating++) {
            keys.add("accountability.control.rating." + rating);
        }
        for (String fact : List.of("status", "assignee", "reporter", "dueDate", "created", "resolved", "agreedDate",
                "daysLate", "onTime", "daysFromAlignmentToResolution", "originalEstimate", "timeSpent")) {
            keys.add("accountability.performance." + fact);
        }
        for (String field : List.of("evidence", "wentWell", "toImprove", "lessons", "nextCommitment")) {
            keys.add("accountability.retrospective." + field);
        }

        assertThat(keys).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void the_static_files_are_on_the_classpath_where_hosts_look() throws IOException {
        for (String location : List.of(WebResources.PANEL_SCRIPT, WebResources.PANEL_STYLE,
                WebResources.I18N_BUNDLE)) {
            try (InputStream in = WebResources.open(location)) {
                assertThat(in).as(location).isNotNull();
            }
        }
    }

    private static List<String> keys(String text, String regex) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String read(String location) throws IOException {
        try (InputStream in = WebResources.open(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
