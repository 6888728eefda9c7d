package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.waiting.WaitingPage;
import com.allinaccountability.web.velocity.Views;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class WaitingTemplateTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private final Views views = new Views();
    private final Messages messages = Messages.english();
    private final WaitingLine.Style style = new WaitingLine.Style(messages, Locale.ENGLISH, ZoneId.of("UTC"),
            WaitingLine.Links.of("/jira"));

    private static WaitingItem item(long id, NextAction action, String agreed, String summary) {
        IssueFacts facts = Fixtures.anIssue(id, "bob", "alice");
        IssueFacts issue = new IssueFacts(facts.issueId(), facts.issueKey(), facts.projectId(), facts.projectKey(),
                facts.issueType(), summary, facts.status(), facts.statusCategory(), facts.assignee(),
                facts.reporter(), facts.dueDate(), facts.created(), facts.resolved(),
                facts.originalEstimateSeconds(), facts.timeSpentSeconds());
        return new WaitingItem(new WaitingStep(id, facts.projectId(), UserKey.of("bob"), action,
                Instant.parse("2026-11-02T10:00:00Z"), Optional.ofNullable(agreed).map(LocalDate::parse),
                Optional.of(LocalDate.parse("2026-12-24")), Optional.empty()), issue);
    }

    private Document render(WaitingPage page) {
        return Jsoup.parse(views.render(Views.WAITING,
                new WaitingPageModel(page, DigestFrequency.DAILY, style, "/jira/rest/accountability/1.0", NOW),
                messages));
    }

    @Test
    void lists_each_step_escaped_with_its_link_and_marks_the_overdue_ones() {
        Document page = render(new WaitingPage(0, 2, 5, List.of(
                item(1, NextAction.CHECK_IN, "2026-11-20", "<img src=x onerror=alert(1)>"),
                item(2, NextAction.ALIGN, null, "Plain"))));

        assertThat(page.select(".acc-waiting-count").text()).isEqualTo("5 steps wait for you.");
        assertThat(page.select("tr.acc-waiting-row")).hasSize(2);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("tr.acc-waiting-row").get(0).text())
                .contains("ACC-1 <img src=x onerror=alert(1)>").contains("Post a check-in")
                .contains("waiting since 2 Nov 2026 \u00b7 agreed date 20 Nov 2026").contains("Overdue");
        assertThat(page.select("tr.acc-overdue")).hasSize(1);
        assertThat(page.select("tr.acc-waiting-row a").first().attr("href")).isEqualTo("/jira/browse/ACC-1");
        assertThat(page.select("a.acc-previous")).isEmpty();
        assertThat(page.select("a.acc-next").attr("href"))
                .isEqualTo("/jira/plugins/servlet/accountability/waiting?startAt=2&maxResults=2");
        assertThat(page.select("#acc-digest option[selected]").val()).isEqualTo("DAILY");
    }

    @Test
    void an_empty_list_says_nothing_waits() {
        Document page = render(new WaitingPage(0, 50, 0, List.of()));

        assertThat(page.select(".acc-waiting-count").text()).isEqualTo("Nothing waits for you.");
        assertThat(page.select(".acc-waiting-empty")).hasSize(1);
        assertThat(page.select("table")).isEmpty();
        assertThat(page.select(".acc-waiting-pages a")).isEmpty();
    }
}
