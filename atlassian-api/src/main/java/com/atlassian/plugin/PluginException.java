package com.atlassian.plugin;

// Checked against: https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginException.html (atlassian-plugins 3.0-4.6; unchecked)
// Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so adapters can throw and tests
// can assert them.
public class PluginException extends RuntimeException {
    public PluginException() {
        super();
    }

    public PluginException(String s) {
        super(s);
    }

    public PluginException(String s, Throwable throwable) {
        super(s, throwable);
    }

    public PluginException(Throwable throwable) {
        super(throwable);
    }
}
