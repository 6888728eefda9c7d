package com.allinaccountability.jira.view;

import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The web layer's templates rendered by Jira's own template renderer (the plugin's {@link TemplateRenderer}
 * service, which loads templates from this bundle). That renderer HTML-escapes every reference unless a template says
 * {@code #disable_html_escaping()} (ours start with {@code #enable_html_escaping()}), exempting only values Jira
 * knows to be HTML: so our templates are escaped exactly once here, and the web layer's own escaping handler, which
 * belongs to its Velocity engine, is never involved. Methods the templates call must be in the descriptor's
 * {@code velocity-allowlist}, which the descriptor test keeps equal to the web layer's list.
 */
public class JiraTemplates implements Templates {
    static final String MODEL = "model";
    static final String I18N = "i18n";

    private final TemplateRenderer renderer;

    public JiraTemplates(TemplateRenderer renderer) {
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
