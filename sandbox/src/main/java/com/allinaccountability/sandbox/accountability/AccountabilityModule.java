package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.ao.AoDigestLedger;
import com.allinaccountability.ao.AoPreferences;
import com.allinaccountability.ao.AoRecordStore;
import com.allinaccountability.ao.AoWaitingIndex;
import com.allinaccountability.ao.EntityManagerSession;
import com.allinaccountability.ao.embedded.EntityManagers;
import com.allinaccountability.ao.entity.StoreEntities;
import com.allinaccountability.core.digest.DigestService;
import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.MissingStep;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.DigestLedger;
import com.allinaccountability.core.port.People;
import com.allinaccountability.core.port.Preferences;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.WaitingIndex;
import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.core.waiting.WaitingIndexingRecordStore;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.sandbox.db.Database;
import com.allinaccountability.sandbox.hooks.Extensions;
import com.allinaccountability.sandbox.hooks.Host;
import com.allinaccountability.sandbox.hooks.SampleAccountability;
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
 *
 * <p>"Waiting for me" and digests: the waiting index, preferences and digest ledger live on the same AO session as
 * the records. Every service writes through {@link WaitingIndexingRecordStore}, so each save re-derives its issue's
 * index rows; {@link WaitingService} itself reads the undecorated store. Workflow transitions refresh their issue, the
 * samples and {@code --generate} end with a reconciliation, and every digest run starts with one.
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
        RecordStore records = new AoRecordStore(session);
        WaitingIndex index = new AoWaitingIndex(session);
        Preferences preferenceStore = new AoPreferences(session);
        DigestLedger ledger = new AoDigestLedger(session);
        WaitingService waiting = new WaitingService(records, index, host.issues(), host.rights(), host.clock());
        RecordStore store = new WaitingIndexingRecordStore(records, waiting, index);
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
        MyPreferences preferences = new MyPreferences(preferenceStore);
        DigestService digests = new DigestService(waiting, index, records, host.issues(), host.rights(),
                preferenceStore, host.directory(), ledger, new SandboxDigestSender(views, host.mail(), host.baseUri()),
                host.clock());
        WaitingForMePage waitingPage = new WaitingForMePage(waiting, preferences, views, messages, host.clock());
        SampleAccountability samples = new SampleRecords(records, service, policies, host);

        return Extensions.none()
                .withRestResources(config -> config.registerInstances(
                        AccountabilityRestApi.components(service, gates, policies, reports, waiting, preferences,
                                digests, host.clock().getZone())))
                .withPanelRenderer(new SandboxPanel(service, views, messages, host.clock().getZone()))
                .withIssueListColumns(new StageColumns(service, messages))
                .withTransitionGate((caller, issue, target) -> refusal(gates.checkPolicy(issue, target)))
                .withProjectPages(List.of(new PolicyPage(policies, host.rights(), views, messages),
                        new ReportPage(reports, new ReportViews(views), messages, host.clock().getZone()),
                        new ConfluencePage(reports, new MacroOutput(views, messages, host.clock().getZone()),
                                host.clock())))
                .withSampleAccountability(new IndexedSamples(samples, waiting))
                .withSitePages(List.of(waitingPage))
                .withHeaderLinks(waitingPage)
                .withDigestJob(() -> digests.run().toString())
                .withIssueChanged(waiting::refresh);
    }

    /** The samples, indexed once they are all stored: one reconciliation instead of a refresh per record. */
    private record IndexedSamples(SampleAccountability samples, WaitingService waiting)
            implements SampleAccountability {
        @Override
        public void seed(List<SampleIssueRef> issues) {
            samples.seed(issues);
            waiting.reconcile();
        }

        @Override
        public void generated(List<String> issueKeys) {
            samples.generated(issueKeys);
        }

        @Override
        public void generationDone() {
            waiting.reconcile();
        }
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
