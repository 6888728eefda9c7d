package com.atlassian.applinks.api;

// Checked against: https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html (parameter type)
// No methods declared: only used as a class literal key.
public interface ApplicationType {
}
