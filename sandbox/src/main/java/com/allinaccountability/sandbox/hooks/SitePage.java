package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.port.Caller;
import java.util.List;
import java.util.Map;

/**
 * A page of its own under {@code /jira/{name}}, not tied to a project (e.g. "Waiting for me" at {@code
 * /jira/waiting}), rendered inside the sandbox's AUI page layout. The sandbox sends anonymous callers to the login page
 * first; everything else is the page's own business.
 */
public interface SitePage {

    /** The path under the context path, without the leading slash, e.g. {@code waiting}. */
    String name();

    /** The page title (plain text; the sandbox escapes it). */
    String title(Caller caller);

    /**
     * The page body's HTML (its heading included), inserted as is into an AUI page panel: the page escapes every user
     * string itself; {@code query} holds the first
     * value of each parameter, as typed (not yet validated).
     */
    String renderBodyHtml(Caller caller, String contextPath, Map<String, String> query);

    default List<String> stylesheets() {
        return List.of();
    }

    default List<String> scripts() {
        return List.of();
    }
}
