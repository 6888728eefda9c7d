package com.allinaccountability.web.view;

import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.web.json.Json;
import com.allinaccountability.web.json.PolicyJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The project policy page: which steps entering each status category requires, for which issue types, whether the
 * owner must be the assignee, and the check-in cadence. The host decides {@code editable} (project admins); the
 * server refuses a save from anyone else anyway.
 */
public final class PolicyPageModel {
    private final String projectKey;
    private final ProjectPolicy policy;
    private final List<String> projectIssueTypes;
    private final boolean editable;
    private final String restBaseUrl;
    private final Messages messages;

    /** @param projectIssueTypes the issue types the project uses, offered as checkboxes */
    public PolicyPageModel(String projectKey, ProjectPolicy policy, List<String> projectIssueTypes, boolean editable,
            String restBaseUrl, Messages messages) {
        this.projectKey = projectKey;
        this.policy = policy;
        this.projectIssueTypes = List.copyOf(projectIssueTypes);
        this.editable = editable;
        this.restBaseUrl = restBaseUrl;
        this.messages = messages;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getRestBaseUrl() {
        return restBaseUrl;
    }

    public boolean isEditable() {
        return editable;
    }

    public long getVersion() {
        return policy.version();
    }

    public String getPolicyJson() {
        return Json.write(PolicyJson.of(projectKey, policy));
    }

    public String getI18nJson() {
        return Json.write(messages.all("accountability."));
    }

    /** The project's issue types and any the policy names that the project no longer has. */
    public List<OptionView> getIssueTypes() {
        Set<String> names = new LinkedHashSet<>(projectIssueTypes);
        policy.issueTypes().stream().sorted().forEach(names::add);
        return names.stream().map(n -> new OptionView(n, n, policy.issueTypes().contains(n))).toList();
    }

    public boolean isAllIssueTypes() {
        return policy.issueTypes().isEmpty();
    }

    public List<CategoryView> getCategories() {
        List<CategoryView> categories = new ArrayList<>();
        for (StatusCategory category : StatusCategory.values()) {
            Set<Requirement> required = new LinkedHashSet<>();
            policy.rules().stream().filter(r -> r.toStatusCategory() == category)
                    .forEach(r -> required.addAll(r.requirements()));
            List<OptionView> requirements = new ArrayList<>();
            for (Requirement requirement : Requirement.values()) {
                requirements.add(new OptionView(requirement.name(),
                        messages.getText("accountability.requirement." + requirement.name()),
                        required.contains(requirement)));
            }
            categories.add(new CategoryView(category.key(),
                    messages.getText("accountability.policy.category." + category.key()), requirements));
        }
        return categories;
    }

    public boolean isOwnerMustBeAssignee() {
        return policy.ownerMustBeAssignee();
    }

    public int getCheckinCadenceDays() {
        return policy.checkinCadenceDays();
    }

    public int getMaxCheckinCadenceDays() {
        return ProjectPolicy.MAX_CHECKIN_CADENCE_DAYS;
    }

    /** One status category's row of requirement checkboxes. */
    public static final class CategoryView {
        private final String key;
        private final String label;
        private final List<OptionView> requirements;

        CategoryView(String key, String label, List<OptionView> requirements) {
            this.key = key;
            this.label = label;
            this.requirements = List.copyOf(requirements);
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public List<OptionView> getRequirements() {
            return requirements;
        }
    }
}
