package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Checked against: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ (REST v2, Platform 7+: Jira 10 / Confluence 9 and later)
// Names/package seen in Atlassian's Jira Slack plugin resources; Retention/Target ASSUMED (RUNTIME; TYPE and
// METHOD as for REST v1's AnonymousAllowed). The REST filter reads them reflectively, so RUNTIME is required.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnlicensedSiteAccess {
}
