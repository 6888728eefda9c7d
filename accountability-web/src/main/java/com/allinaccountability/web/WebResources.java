package com.allinaccountability.web;

import java.io.InputStream;

/**
 * The panel's static files, on the classpath of this module's jar. The sandbox serves them from here (for example
 * under {@code /jira/s/accountability/}); the Jira plugin declares them as a web-resource with these locations. Both
 * need AUI (and so jQuery) loaded first: the script uses {@code AJS.$}.
 */
public final class WebResources {
    public static final String PANEL_SCRIPT = "web-resources/accountability-panel.js";
    public static final String PANEL_STYLE = "web-resources/accountability-panel.css";
    /** The "Waiting for me" page's behaviour (saving the digest preference); needs no AUI. */
    public static final String WAITING_SCRIPT = "web-resources/accountability-waiting.js";
    public static final String I18N_BUNDLE = "i18n/accountability.properties";

    private WebResources() {}

    /** Opens one of our classpath resources, or returns null if there is no such file. */
    public static InputStream open(String location) {
        return WebResources.class.getClassLoader().getResourceAsStream(location);
    }
}
