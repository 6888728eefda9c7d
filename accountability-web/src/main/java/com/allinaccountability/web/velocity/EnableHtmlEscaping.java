package com.allinaccountability.web.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #enable_html_escaping()}: Jira's marker directive, which every template of ours starts with. Jira's own
 * Velocity registers it (its renderers escape every reference unless a template says {@code #disable_html_escaping()},
 * and the marker states the intent explicitly). Our engine ({@link Views}) escapes with {@link HtmlEscaping}
 * regardless, so here the directive only has to parse and render nothing.
 */
public final class EnableHtmlEscaping extends Directive {
    public static final String NAME = "enable_html_escaping";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
