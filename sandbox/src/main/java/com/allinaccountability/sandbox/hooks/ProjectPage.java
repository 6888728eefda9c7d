package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.sandbox.host.Project;
import java.util.List;

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

    default List<String> stylesheets() {
        return List.of();
    }

    default List<String> scripts() {
        return List.of();
    }
}
