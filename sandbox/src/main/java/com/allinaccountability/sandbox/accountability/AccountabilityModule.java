package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.ao.AoRecordStore;
import com.allinaccountability.ao.EntityManagerSession;
import com.allinaccountability.ao.embedded.EntityManagers;
import com.allinaccountability.ao.entity.StoreEntities;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.MissingStep;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.People;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.sandbox.hooks.SandboxModule;
import com.allinaccountability.sandbox.hooks.TransitionGate;
import com.allinaccountability.web.AccountabilityRestApi;
import com.allinaccountability.web.report.MacroOutput;
import com.allinaccountability.web.report.ReportViews;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.velocity.Views;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accountability layer of the sandbox, wired by hand: the Active Objects store over the sandbox's pooled data
 * source, the core's services over the sandbox's issues and rights, and the web layer's REST resources, panel and
 * policy page. Jira wires the same objects in its Spring context.
 */
public final class AccountabilityModule implements SandboxModule {
    /** The table prefix Jira would derive from the plugin's AO namespace; the sandbox uses one of the same shape. */
    static final String TABLE_PREFIX = "AO_A11ACC_";

    @Override
    public Extensions extensions(Host host) {
        String schema = host.dialect() == Database.Dialect.H2 ? "PUBLIC" : "public";
        EntityManagerSession session = new EntityManagerSession(
                EntityManagers.forDataSource(host.dataSource(), schema, TABLE_PREFIX));
        session.migrate(StoreEntities.asArray());
        RecordStore store = new AoRecordStore(session);
        People people = users -> {
            Map<UserKey, String> names = new HashMap<>();
            host.users().findAll(users).forEach((key, user) -> names.put(key, user.displayName()));
            return names;
        };
        AccountabilityService service = new AccountabilityService(store, host.issues(), host.rights(), host.clock(),
                people);
        GateService gates = new GateService(store, host.issues(), host.rights());
        PolicyService policies = new PolicyService(store, host.issues(), host.rights());
        ReportService reports = new ReportService(store, host.issues(), host.rights(), host.clock());
        Views views = new Views();
        Messages messages = Messages.english();

        return Extensions.none()
                .withRestResources(config -> config.registerInstances(
                        AccountabilityRestApi.components(service, gates, policies, reports,
                                host.clock().getZone())))
                .withPanelRenderer(new SandboxPanel(service, views, messages, host.clock().getZone()))
                .withIssueListColumns(new StageColumns(service, messages))
                .withTransitionGate((caller, issue, target) -> refusal(gates.checkPolicy(issue, target)))
                .withProjectPages(List.of(new PolicyPage(policies, host.rights(), views, messages),
                        new ReportPage(reports, new ReportViews(views), messages, host.clock().getZone()),
                        new ConfluencePage(reports, new MacroOutput(views, messages, host.clock().getZone()),
                                host.clock())))
                .withSampleAccountability(new SampleRecords(store, service, policies, host));
    }

    private static TransitionGate.Refusal refusal(GateVerdict verdict) {
        if (verdict.passed()) {
            return TransitionGate.Refusal.NONE;
        }
        return new TransitionGate.Refusal(verdict.missing().stream()
                .map(MissingStep::reason)
                .toList());
    }
}
