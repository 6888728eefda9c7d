package com.allinaccountability.jira.workflow;

import static com.allinaccountability.jira.JiraMocks.issue;
import static com.allinaccountability.jira.JiraMocks.project;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.fixtures.InMemoryRecordStore;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.jira.host.JiraIssues;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Jira issue ACC-7 (mocked declarations) over the real core: its GateService on an in-memory store. The workflow
 * transition 11 leads to step 3, linked to status "10001" of category {@code done}.
 */
final class GateFixture {
    static final long PROJECT_ID = 10L;
    static final int TO_DONE_ACTION = 11;

    final RecordStore store;
    final Issue issue = issue(7L, "ACC-7", project(PROJECT_ID, "ACC"), "Story");
    final JiraIssues jiraIssues = new JiraIssues(mock(IssueManager.class), mock(ProjectManager.class), ZoneId.of("UTC"));
    final ConstantsManager constants = mock(ConstantsManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final I18nHelper i18n = mock(I18nHelper.class);
    final ApplicationProperties application = mock(ApplicationProperties.class);

    GateFixture() {
        this(new InMemoryRecordStore());
    }

    GateFixture(RecordStore store) {
        this.store = store;
        var done = com.allinaccountability.jira.JiraMocks.status("Done", "done");
        when(constants.getStatus("10001")).thenReturn(done);
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://jira.example.com/");
        // Jira's I18nHelper answers an unknown key with the key itself.
        when(i18n.getText(org.mockito.ArgumentMatchers.anyString())).thenAnswer(call -> call.getArgument(0));
    }

    GateCheck gateCheck() {
        GateService gates = new GateService(store, mock(Issues.class), mock(Rights.class));
        return new GateCheck(gates, jiraIssues, new TransitionTarget(constants));
    }

    GateMessages messages() {
        return new GateMessages(authentication, application);
    }

    /** The transitioning issue, as Jira passes it; the action id only where {@code actionId} is not null. */
    Map<String, Object> transientVars(Integer actionId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        WorkflowDescriptor workflow = mock(WorkflowDescriptor.class);
        ActionDescriptor action = mock(ActionDescriptor.class);
        ResultDescriptor result = mock(ResultDescriptor.class);
        StepDescriptor step = mock(StepDescriptor.class);
        when(workflow.getAction(TO_DONE_ACTION)).thenReturn(action);
        when(action.getUnconditionalResult()).thenReturn(result);
        when(result.getStep()).thenReturn(3);
        when(workflow.getStep(3)).thenReturn(step);
        when(step.getMetaAttributes()).thenReturn(Map.of(TransitionTarget.STATUS_ID_META, "10001"));
        vars.put("descriptor", workflow);
        if (actionId != null) {
            vars.put("actionId", actionId);
        }
        return vars;
    }

    /** ACC-7 with an expectation but no why: EXPECTATION_SET holds, WHY_STATED does not. */
    void expectationWithoutWhy() {
        Expectation expectation = new Expectation(1, "Checkout converts 2% better", "", LocalDate.of(2026, 5, 1),
                "", UserKey.of("bob-key"), Instant.parse("2026-03-02T10:00:00Z"));
        store.save(AccountabilityRecord.empty(7L, PROJECT_ID).withRevisions(List.of(expectation)), List.of());
    }

    void policyForDone(Requirement... requirements) {
        store.savePolicy(new ProjectPolicy(PROJECT_ID, Set.of(),
                List.of(new PolicyRule(StatusCategory.DONE, Set.of(requirements))), false, 7, 0));
    }
}
