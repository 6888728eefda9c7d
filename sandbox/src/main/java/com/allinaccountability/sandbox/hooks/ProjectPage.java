package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.host.Project;
import java.util.List;
import java.util.Map;

/**
 * A page under {@code /jira/projects/{KEY}/{name}}, such as the accountability policy page, rendered inside the
 * sandbox's AUI page layout (header, sign-in). The sandbox answers its own 404 page to callers who may not browse the
 * project; everything else (who may edit, form handling through REST) is the page's own business.
 */
public interface ProjectPage {

    /** The last path segment, e.g. {@code accountability-policy}. */
    String name();

    /** The page title (plain text; the sandbox escapes it). */
    String title(Project project);

    /** The page body's HTML, inserted as is: the page escapes every user string itself. */
    String renderBodyHtml(Caller caller, Project project, String contextPath);

    /**
     * As {@link #renderBodyHtml(Caller, Project, String)}, for pages that read the query string (e.g. a report's
     * period); {@code query} holds the first value of each parameter, as typed (not yet validated).
     */
    default String renderBodyHtml(Caller caller, Project project, String contextPath, Map<String, String> query) {
        return renderBodyHtml(caller, project, contextPath);
    }

    default List<String> stylesheets() {
        return List.of();
    }

    default List<String> scripts() {
        return List.of();
    }
}
