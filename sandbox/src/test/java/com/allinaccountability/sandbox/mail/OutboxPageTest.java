package com.allinaccountability.sandbox.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.WebClient;
import com.allinaccountability.sandbox.digest.Mails;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without {@code --smtp} the digests land in the outbox (a table, so every node sees them), which only administrators
 * read at {@code /jira/outbox}: the text part as text, the HTML part in a sandboxed frame under a script-less policy.
 */
class OutboxPageTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private static final String HOSTILE = "Outbox <script>alert('outbox')</script>";

    @Test
    void only_administrators_see_the_outbox_and_its_link() throws Exception {
        WebClient anonymous = new WebClient(SANDBOX);
        HttpResponse<String> redirected = anonymous.get("/outbox");
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(redirected.headers().firstValue("Location").orElseThrow()).contains("/login.jsp");

        WebClient bob = new WebClient(SANDBOX);
        bob.logIn("bob", "bob");
        assertThat(bob.get("/outbox").statusCode()).isEqualTo(404);
        assertThat(bob.get("/outbox/1/html").statusCode()).isEqualTo(404);
        Document bobsPage = Jsoup.parse(bob.get("/projects/ACC/issues").body());
        assertThat(bobsPage.getElementById("nav-outbox")).isNull();
        assertThat(bobsPage.getElementById("nav-waiting")).isNotNull();

        WebClient alice = new WebClient(SANDBOX);
        alice.logIn("alice", "alice");
        HttpResponse<String> page = alice.get("/outbox");
        assertThat(page.statusCode()).isEqualTo(200);
        Document outbox = Jsoup.parse(page.body());
        assertThat(outbox.getElementById("send-digests-now")).isNotNull();
        assertThat(outbox.getElementById("mail-transport").text()).isEqualTo("this outbox");
        assertThat(Jsoup.parse(alice.get("/projects/ACC/issues").body()).getElementById("nav-outbox").attr("href"))
                .isEqualTo("/jira/outbox");
    }

    @Test
    void a_digest_run_fills_the_outbox_and_its_html_part_runs_nothing() throws Exception {
        WebClient alice = new WebClient(SANDBOX);
        String key = SANDBOX.newIssue(HOSTILE);
        assertThat(Mails.expect(alice, "alice", key, "Shown as text.").statusCode()).isEqualTo(200);
        HttpResponse<String> run = Mails.run(alice, "alice");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        int sent = Mails.json(run).get("sent").asInt();
        assertThat(sent).isGreaterThanOrEqualTo(4);

        alice.logIn("alice", "alice");
        HttpResponse<String> page = alice.get("/outbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(");
        Document outbox = Jsoup.parse(page.body());
        assertThat(outbox.select("article.sbx-mail")).hasSize(sent);
        assertThat(outbox.select(".sbx-mail-to").eachText()).contains("Bob Brown <bob@example.com>",
                "Alice Anderson <alice@example.com>");
        assertThat(outbox.select(".sbx-mail-text").eachText()).anySatisfy(text -> assertThat(text).contains(HOSTILE));

        String bobsFrame = outbox.select("article.sbx-mail").stream()
                .filter(article -> article.select(".sbx-mail-to").text().contains("bob@example.com"))
                .findFirst().orElseThrow().select("iframe").first().attr("src");
        assertThat(outbox.select("iframe").eachAttr("sandbox")).containsOnly("");
        HttpResponse<String> html = alice.get(bobsFrame.substring("/jira".length()));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("sandbox;").contains("default-src 'none'").doesNotContain("script-src");
        assertThat(html.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>");
        Matcher link = Pattern.compile("href=\"([^\"]+/browse/" + key + ")\"").matcher(html.body());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo(SANDBOX.baseUri() + "/browse/" + key);
    }
}
