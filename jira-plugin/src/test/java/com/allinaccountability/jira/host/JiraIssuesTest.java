package com.allinaccountability.jira.host;

import static com.allinaccountability.jira.JiraMocks.issue;
import static com.allinaccountability.jira.JiraMocks.project;
import static com.allinaccountability.jira.JiraMocks.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JiraIssuesTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final JiraIssues issues = new JiraIssues(issueManager, projectManager, ZoneId.of("Europe/Berlin"));
    private final Project acc = project(10L, "ACC");

    @Test
    void maps_every_performance_fact_of_a_jira_issue() {
        MutableIssue issue = mock(MutableIssue.class);
        var template = issue(7L, "ACC-7", acc, "Story");
        var storyType = template.getIssueType();
        var alice = template.getAssignee();
        var bob = template.getReporter();
        when(issue.getId()).thenReturn(7L);
        when(issue.getKey()).thenReturn("ACC-7");
        when(issue.getSummary()).thenReturn("Ship the thing");
        when(issue.getProjectObject()).thenReturn(acc);
        when(issue.getIssueType()).thenReturn(storyType);
        var done = status("Done", "done");
        when(issue.getStatus()).thenReturn(done);
        when(issue.getAssignee()).thenReturn(alice);
        when(issue.getReporter()).thenReturn(bob);
        // Jira keeps a due date as local midnight; read in the server's zone it is that calendar day.
        when(issue.getDueDate()).thenReturn(Timestamp.valueOf("2026-04-30 00:00:00"));
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")));
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-04-29T16:30:00Z")));
        when(issue.getOriginalEstimate()).thenReturn(28_800L);
        when(issue.getTimeSpent()).thenReturn(36_000L);
        when(issueManager.getIssueObject("ACC-7")).thenReturn(issue);

        IssueFacts facts = new JiraIssues(issueManager, projectManager, ZoneId.systemDefault())
                .byKey("ACC-7").orElseThrow();

        assertThat(facts.issueId()).isEqualTo(7L);
        assertThat(facts.issueKey()).isEqualTo("ACC-7");
        assertThat(facts.projectId()).isEqualTo(10L);
        assertThat(facts.projectKey()).isEqualTo("ACC");
        assertThat(facts.issueType()).isEqualTo("Story");
        assertThat(facts.summary()).isEqualTo("Ship the thing");
        assertThat(facts.status()).isEqualTo("Done");
        assertThat(facts.statusCategory()).isEqualTo(StatusCategory.DONE);
        assertThat(facts.assignee()).contains(UserKey.of("alice-key"));
        assertThat(facts.reporter()).contains(UserKey.of("bob-key"));
        assertThat(facts.dueDate()).contains(LocalDate.of(2026, 4, 30));
        assertThat(facts.created()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(facts.resolved()).contains(Instant.parse("2026-04-29T16:30:00Z"));
        assertThat(facts.originalEstimateSeconds()).contains(28_800L);
        assertThat(facts.timeSpentSeconds()).contains(36_000L);
    }

    @Test
    void an_unassigned_unresolved_issue_has_empty_facts_not_nulls() {
        var issue = issue(8L, "ACC-8", acc, "Bug");
        when(issue.getAssignee()).thenReturn(null);
        when(issue.getReporter()).thenReturn(null);

        IssueFacts facts = issues.facts(issue);

        assertThat(facts.assignee()).isEmpty();
        assertThat(facts.reporter()).isEmpty();
        assertThat(facts.dueDate()).isEmpty();
        assertThat(facts.resolved()).isEmpty();
        assertThat(facts.originalEstimateSeconds()).isEmpty();
        assertThat(facts.statusCategory()).isEqualTo(StatusCategory.INDETERMINATE);
    }

    @Test
    void unknown_keys_ids_and_projects_are_empty() {
        assertThat(issues.byKey("NOPE-1")).isEmpty();
        assertThat(issues.byKey(" ")).isEmpty();
        assertThat(issues.byId(99L)).isEmpty();
        assertThat(issues.projectId("NOPE")).isEmpty();
    }

    @Test
    void finds_a_project_id_by_its_current_key() {
        when(projectManager.getProjectByCurrentKey("ACC")).thenReturn(acc);

        assertThat(issues.projectId("ACC")).contains(10L);
    }
}
