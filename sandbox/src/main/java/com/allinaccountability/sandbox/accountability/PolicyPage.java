package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.sandbox.host.IssueTypes;
import com.allinaccountability.sandbox.host.Project;
import com.allinaccountability.sandbox.host.SandboxRights;
import com.allinaccountability.sandbox.hooks.ProjectPage;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PolicyPageModel;
import com.allinaccountability.web.velocity.Views;
import java.util.List;

/**
 * The project's accountability policy page, {@code /jira/projects/KEY/accountability-policy}: a form for project
 * admins, read-only for everyone else who may browse the project. Saving goes through the REST API, which checks the
 * right again.
 */
final class PolicyPage implements ProjectPage {
    private final PolicyService policies;
    private final SandboxRights rights;
    private final Views views;
    private final Messages messages;

    PolicyPage(PolicyService policies, SandboxRights rights, Views views, Messages messages) {
        this.policies = policies;
        this.rights = rights;
        this.views = views;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "accountability-policy";
    }

    @Override
    public String title(Project project) {
        return messages.getText("accountability.policy.title") + " · " + project.name();
    }

    @Override
    public String renderBodyHtml(Caller caller, Project project, String contextPath) {
        Outcome<ProjectPolicy> policy = policies.policy(caller, project.key());
        if (!(policy instanceof Outcome.Done<ProjectPolicy> done)) {
            return "";
        }
        boolean editable = rights.isProjectAdmin(caller, project.id());
        return views.policyPage(new PolicyPageModel(project.key(), done.value(), IssueTypes.ALL, editable,
                contextPath + AccountabilityRestApi.BASE_PATH, messages), messages);
    }

    @Override
    public List<String> stylesheets() {
        return List.of("/static/accountability/accountability-panel.css");
    }

    @Override
    public List<String> scripts() {
        return List.of("/static/accountability/accountability-panel.js");
    }
}
