package com.allinaccountability.jira.admin;

import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.jira.view.JiraTemplates;

/**
 * What the policy page asks of the product: who is asking, whether they administer the project, its policy, and the
 * web layer's policy form rendered by Jira's renderer. One bean (plugin-context.xml), so that the servlet Jira builds by
 * constructor autowiring takes two collaborators, this and {@link JiraPageChrome}.
 */
public record PolicyPageServices(
        JiraCallers callers, Issues issues, Rights rights, PolicyService policies, JiraTemplates templates) {}
