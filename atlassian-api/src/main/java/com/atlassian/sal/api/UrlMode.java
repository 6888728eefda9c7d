package com.atlassian.sal.api;

// Checked against: https://docs.atlassian.com/atlassian-bamboo/9.6.4/com/atlassian/sal/bamboo/BambooApplicationProperties.html (parameter of getBaseUrl)
// Constants UNCONFIRMED by search; only ABSOLUTE and RELATIVE are declared (the real enum is believed to also
// have CANONICAL, RELATIVE_CANONICAL, AUTO). Declaring fewer constants is safe.
public enum UrlMode {
    ABSOLUTE,
    RELATIVE
}
