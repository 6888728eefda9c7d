package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.web.velocity.Views;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PolicyTemplateTest {
    private final Views views = new Views();
    private final Messages messages = Messages.english();
    private final ProjectPolicy policy = new ProjectPolicy(10_000, Set.of("Story", "<b>Legacy</b>"),
            List.of(new PolicyRule(StatusCategory.INDETERMINATE, Set.of(Requirement.EXPECTATION_SET,
                    Requirement.OWNER_ALIGNED)), new PolicyRule(StatusCategory.DONE,
                    Set.of(Requirement.RETROSPECTIVE_WRITTEN))), true, 14, 3);

    @Test
    void an_admin_gets_the_form_with_the_policy_checked() {
        Document page = render(true);

        assertThat(page.select("form.acc-policy-form").attr("data-version")).isEqualTo("3");
        assertThat(page.select("input[name=issueTypes]").eachAttr("value"))
                .containsExactly("Story", "Bug", "Epic", "<b>Legacy</b>");
        assertThat(page.select("input[name=issueTypes][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("Story", "<b>Legacy</b>");
        assertThat(page.select(".acc-rule").eachAttr("data-category")).containsExactly("new", "indeterminate",
                "done");
        assertThat(page.select(".acc-rule[data-category=indeterminate] input[checked]").eachAttr("value"))
                .containsExactly("EXPECTATION_SET", "OWNER_ALIGNED");
        assertThat(page.select(".acc-rule[data-category=done] input[checked]").eachAttr("value"))
                .containsExactly("RETROSPECTIVE_WRITTEN");
        assertThat(page.select("input[name=ownerMustBeAssignee]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=checkinCadenceDays]").val()).isEqualTo("14");
        assertThat(page.select("button[type=submit]")).hasSize(1);
        assertThat(page.select("b")).as("issue type names are text").isEmpty();
        assertThat(page.text()).doesNotContain("accountability.");
    }

    @Test
    void anyone_else_sees_it_read_only() {
        Document page = render(false);

        assertThat(page.select("button[type=submit]")).isEmpty();
        assertThat(page.select("input:not([disabled])")).isEmpty();
        assertThat(page.select(".aui-message-info")).hasSize(1);
    }

    private Document render(boolean editable) {
        return Jsoup.parse(views.policyPage(new PolicyPageModel("ACC", policy, List.of("Story", "Bug", "Epic"),
                editable, "/jira/rest/accountability/1.0", messages), messages));
    }
}
