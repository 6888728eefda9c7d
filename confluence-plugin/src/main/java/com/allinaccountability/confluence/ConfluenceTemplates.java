package com.allinaccountability.confluence;

import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The web layer's templates rendered by Confluence's own template renderer (the host's {@link TemplateRenderer}
 * service, which loads templates from this bundle and renders them on the Velocity Confluence embeds). So no Velocity
 * travels in the plugin: a Velocity 2 engine of our own could not start inside Confluence (its default properties
 * are not copied by bnd, and it loads its internals through the context class loader, where Confluence's Velocity 1.x
 * sits). The renderer escapes every reference (our templates start with {@code #enable_html_escaping()}); the methods
 * they call are listed in the descriptor's {@code velocity-allowlist}.
 */
final class ConfluenceTemplates implements Templates {
    static final String MODEL = "model";
    static final String I18N = "i18n";

    private final TemplateRenderer renderer;

    ConfluenceTemplates(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String render(String template, Object model, Messages messages) {
        Map<String, Object> context = new HashMap<>();
        context.put(MODEL, model);
        context.put(I18N, messages);
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            // A StringWriter does not throw; the renderer's signature does.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
