package com.allinaccountability.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.fixtures.Fixtures;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.ProjectDigest;
import com.allinaccountability.core.model.ProjectLead;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.web.velocity.Views;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.WaitingLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DigestMailsTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private final DigestMails mails = new DigestMails(new Views(), Messages::new,
            WaitingLine.Links.of("http://jira.example.com/jira"));
    private final Recipient bob = new Recipient(UserKey.of("bob"), "Bob <b>Brown</b>", "bob@example.com",
            Locale.ENGLISH, ZoneId.of("Europe/Berlin"));

    private IssueFacts hostileIssue() {
        IssueFacts issue = Fixtures.anIssue(7, "bob", "alice");
        return new IssueFacts(issue.issueId(), issue.issueKey(), issue.projectId(), issue.projectKey(),
                issue.issueType(), HOSTILE, issue.status(), issue.statusCategory(), issue.assignee(),
                issue.reporter(), Optional.of(LocalDate.parse("2026-12-20")), issue.created(), issue.resolved(),
                issue.originalEstimateSeconds(), issue.timeSpentSeconds());
    }

    private WaitingStep step(NextAction action, String agreed) {
        return new WaitingStep(7, Fixtures.PROJECT_ID, UserKey.of("bob"), action,
                Instant.parse("2026-11-18T09:00:00Z"), Optional.ofNullable(agreed).map(LocalDate::parse),
                Optional.of(LocalDate.parse("2026-12-10")), Optional.of(LocalDate.parse("2026-12-20")));
    }

    @Test
    void a_personal_digest_has_both_parts_with_escaped_html_and_raw_text() {
        PersonalDigest digest = new PersonalDigest(bob, DigestFrequency.WEEKLY, "2026-W49", NOW,
                List.of(new WaitingItem(step(NextAction.VERIFY, "2026-11-20"), hostileIssue())), 3);

        RenderedMail mail = mails.personal(digest);

        assertThat(mail.toAddress()).isEqualTo("bob@example.com");
        assertThat(mail.subject()).isEqualTo("[Accountability] 3 steps wait for you");
        assertThat(mail.text())
                .contains("Hello Bob <b>Brown</b>,")
                .contains("* ACC-7 " + HOSTILE)
                .contains("Verify the retrospective")
                .contains("waiting since 18 Nov 2026 \u00b7 agreed date 20 Nov 2026 \u00b7 due 20 Dec 2026 (Overdue)")
                .contains("http://jira.example.com/jira/browse/ACC-7")
                .contains("\u2026and 2 more.")
                .contains("http://jira.example.com/jira/plugins/servlet/accountability/waiting");
        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>Brown");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.body().text()).contains(HOSTILE).contains("Hello Bob <b>Brown</b>,").contains("Overdue");
        assertThat(html.select("a[href=http://jira.example.com/jira/browse/ACC-7]").text()).isEqualTo("ACC-7");
    }

    @Test
    void a_lead_digest_counts_each_flag_and_lists_the_issues() {
        ProjectDigest digest = new ProjectDigest(
                new Recipient(UserKey.of("alice"), "Alice Lead", "alice@example.com", Locale.ENGLISH,
                        ZoneId.of("UTC")),
                new ProjectLead(Fixtures.PROJECT_ID, "ACC", "Accountability", Optional.of(UserKey.of("alice"))),
                "2026-W49", NOW,
                Map.of(HealthFlag.OVERDUE, 4, HealthFlag.CONCERNS_OPEN, 1),
                List.of(new ProjectDigest.FlaggedIssue(hostileIssue(),
                        EnumSet.of(HealthFlag.OVERDUE, HealthFlag.CONCERNS_OPEN),
                        Optional.of(LocalDate.parse("2026-11-01")))),
                5);

        RenderedMail mail = mails.project(digest);

        assertThat(mail.subject()).isEqualTo("[Accountability] Weekly digest of Accountability (ACC)");
        assertThat(mail.text()).contains("  Overdue: 4").contains("  Concerns open: 1")
                .contains("  No recent check-in: 0").contains("Concerns open, Overdue \u00b7 agreed date 1 Nov 2026")
                .contains("\u2026and 4 more.");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.body().text()).contains(HOSTILE).contains("Awaiting verification 0");
    }

    @Test
    void german_readers_get_dates_in_german_where_the_bundle_has_no_german_text_yet() {
        Recipient hans = new Recipient(UserKey.of("hans"), "Hans", "hans@example.com", Locale.GERMAN,
                ZoneId.of("Europe/Berlin"));
        PersonalDigest digest = new PersonalDigest(hans, DigestFrequency.DAILY, "2026-11-30", NOW,
                List.of(new WaitingItem(step(NextAction.ALIGN, null), Fixtures.anIssue(7, "bob", "alice"))), 1);

        RenderedMail mail = mails.personal(digest);

        assertThat(mail.subject()).isEqualTo("[Accountability] One step waits for you");
        assertThat(mail.text()).contains("target date 10 Dez. 2026");
    }
}
