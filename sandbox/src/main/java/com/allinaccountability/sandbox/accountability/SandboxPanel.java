package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.Outcome;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.sandbox.hooks.PanelRenderer;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.PanelModel;
import com.allinaccountability.web.velocity.Views;
import java.time.ZoneId;
import java.util.List;

/** Renders the web layer's panel into the issue page's right column, as Jira's web panel does. */
final class SandboxPanel implements PanelRenderer {
    private final AccountabilityService service;
    private final Views views;
    private final Messages messages;
    private final ZoneId zone;

    SandboxPanel(AccountabilityService service, Views views, Messages messages, ZoneId zone) {
        this.service = service;
        this.views = views;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    public String renderHtml(PanelContext context) {
        Outcome<RecordView> view = service.view(context.caller(), context.issue().issueKey());
        if (view instanceof Outcome.Done<RecordView> done) {
            PanelModel model = new PanelModel(done.value(), context.caller(),
                    context.contextPath() + AccountabilityRestApi.BASE_PATH, messages, zone);
            return views.panel(model, messages);
        }
        return "";
    }

    @Override
    public List<String> stylesheets() {
        return List.of("/static/accountability/accountability-panel.css");
    }

    @Override
    public List<String> scripts() {
        return List.of("/static/accountability/accountability-panel.js");
    }
}
