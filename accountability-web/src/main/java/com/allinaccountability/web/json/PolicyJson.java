package com.allinaccountability.web.json;

import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import java.util.List;

/**
 * A project's policy as {@code GET /projects/{projectKey}/policy} answers it. Issue types and requirements are sorted
 * so the answer is stable; rules are ordered by status category ({@code new}, {@code indeterminate}, {@code done}).
 */
public record PolicyJson(
        String projectKey, List<String> issueTypes, List<RuleJson> rules, boolean ownerMustBeAssignee,
        int checkinCadenceDays, long version) {

    public record RuleJson(String toStatusCategory, List<String> requirements) {}

    public static PolicyJson of(String projectKey, ProjectPolicy policy) {
        return new PolicyJson(projectKey, policy.issueTypes().stream().sorted().toList(),
                policy.rules().stream()
                        .sorted((a, b) -> a.toStatusCategory().compareTo(b.toStatusCategory()))
                        .map(PolicyJson::rule).toList(),
                policy.ownerMustBeAssignee(), policy.checkinCadenceDays(), policy.version());
    }

    private static RuleJson rule(PolicyRule rule) {
        return new RuleJson(rule.toStatusCategory().key(),
                rule.requirements().stream().sorted().map(Requirement::name).toList());
    }
}
