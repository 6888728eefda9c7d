package com.atlassian.webresource.api.assembler;

// Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html
// (package name); the call chain pageBuilderService.assembler().resources().requireWebResource("plugin:module") as
// public Jira servlets and Confluence macros write it, with Mockito mocks of each type (find_string, 10 hits).
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
