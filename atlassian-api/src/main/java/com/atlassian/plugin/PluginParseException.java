package com.atlassian.plugin;

// Checked against: https://docs.atlassian.com/atlassian-plugins-parent/4.6.0-5d1970a/apidocs/com/atlassian/plugin/PluginParseException.html (atlassian-plugins 4.6.0; extends PluginException, unchecked)
// Exception constructors delegate to the JDK superclass (no Atlassian behaviour) so adapters can throw and tests
// can assert them.
public class PluginParseException extends PluginException {
    public PluginParseException() {
        super();
    }

    public PluginParseException(String s) {
        super(s);
    }

    public PluginParseException(String s, Throwable throwable) {
        super(s, throwable);
    }

    public PluginParseException(Throwable throwable) {
        super(throwable);
    }
}
