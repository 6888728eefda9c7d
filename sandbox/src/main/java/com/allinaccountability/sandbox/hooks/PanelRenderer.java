package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Caller;
import java.util.List;

/**
 * Renders the accountability panel into the issue page's right column ({@code <div id="accountability-panel-host">}),
 * as Jira renders a web panel in {@code atl.jira.view.issue.right.context}. The sandbox calls it only for callers who
 * may browse the issue.
 */
public interface PanelRenderer {

    /** Renders nothing: the sandbox without the accountability layer. */
    PanelRenderer NONE = context -> "";

    /**
     * The panel's HTML, inserted as is: the renderer escapes every user string itself (exactly once).
     */
    String renderHtml(PanelContext context);

    /** Stylesheets the panel needs, as paths under the context path, e.g. {@code /static/accountability/panel.css}. */
    default List<String> stylesheets() {
        return List.of();
    }

    /** Scripts the panel needs, loaded after AUI and jQuery, as paths under the context path. */
    default List<String> scripts() {
        return List.of();
    }

    /**
     * What the panel is rendered for.
     *
     * @param contextPath the web application's context path ({@code /jira}), for links and REST calls
     */
    record PanelContext(Caller caller, IssueFacts issue, String contextPath) {}
}
