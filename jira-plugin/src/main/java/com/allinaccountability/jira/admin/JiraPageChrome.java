package com.allinaccountability.jira.admin;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Jira's services an admin page of ours needs around the web layer's content: the project's name and issue types, the
 * user's locale, the base URL, the page's web resources and the admin decorator's template. One bean
 * (plugin-context.xml), beside {@link PolicyPageServices}.
 */
public record JiraPageChrome(
        ProjectManager projectManager,
        JiraAuthenticationContext authenticationContext,
        ApplicationProperties applicationProperties,
        PageBuilderService pageBuilder,
        TemplateRenderer renderer) {}
