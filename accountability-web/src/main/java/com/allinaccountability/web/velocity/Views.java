package com.allinaccountability.web.velocity;

import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PanelModel;
import com.allinaccountability.web.view.PolicyPageModel;
import com.allinaccountability.web.view.Templates;
import java.io.StringWriter;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders our Velocity templates as Jira would: from the classpath under {@value #TEMPLATES}, HTML-escaping every
 * inserted value except references named {@code ...Html}, allowing only the methods in the Velocity allowlist, and
 * failing on undefined references (strict mode) so a broken template fails its test rather than rendering blanks.
 * Templates see {@code $model} (our view model) and {@code $i18n} ({@link Messages}); Jira's
 * {@code #enable_html_escaping()} marker they start with is a no-op directive here ({@link EnableHtmlEscaping}).
 * Thread-safe; make one per host.
 *
 * <p>The sandbox's engine only: this package ({@code com.allinaccountability.web.velocity}) is Velocity 2 code and is
 * never copied into the plugin bundles, where the host's template renderer (on the host's Velocity 1.x) renders the
 * same templates.
 */
public final class Views implements Templates {

    private final VelocityEngine engine;

    public Views() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, EnableHtmlEscaping.class.getName());
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** The issue panel's HTML; the host adds the panel's script and style (see {@code WebResources}). */
    public String panel(PanelModel model, Messages messages) {
        return render(PANEL, model, messages);
    }

    /** The project policy page's content (the form), to place inside the host's page chrome. */
    public String policyPage(PolicyPageModel model, Messages messages) {
        return render(POLICY_PAGE, model, messages);
    }

    /** Renders any of our templates with {@code $model} and {@code $i18n}. */
    @Override
    public String render(String template, Object model, Messages messages) {
        VelocityContext context = new VelocityContext();
        context.put("model", model);
        context.put("i18n", messages);
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(new HtmlEscaping());
        events.attachToContext(context);
        Template compiled = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(context, out);
        return out.toString();
    }
}
