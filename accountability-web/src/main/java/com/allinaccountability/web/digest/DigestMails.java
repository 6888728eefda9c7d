package com.allinaccountability.web.digest;

import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.ProjectDigest;
import com.allinaccountability.core.model.Recipient;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.OptionView;
import com.allinaccountability.web.view.Templates;
import com.allinaccountability.web.view.WaitingLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders digests as multipart mails in the recipient's language and zone: the HTML part through the host's template
 * renderer ({@value #TEMPLATE}, every value escaped once), the plain-text part from the same model, unescaped (text
 * has no markup to break).
 */
public final class DigestMails {
    public static final String TEMPLATE = Templates.DIGEST_MAIL;

    private final Templates templates;
    private final Function<Locale, Messages> messages;
    private final WaitingLine.Links links;

    public DigestMails(Templates templates, Function<Locale, Messages> messages, WaitingLine.Links links) {
        this.templates = templates;
        this.messages = messages;
        this.links = links;
    }

    public RenderedMail personal(PersonalDigest digest) {
        Recipient to = digest.to();
        Messages texts = messages.apply(to.locale());
        WaitingLine.Style style = new WaitingLine.Style(texts, to.locale(), to.zone(), links);
        LocalDate today = LocalDate.ofInstant(digest.asOf(), to.zone());
        List<WaitingLine> lines = new ArrayList<>();
        for (WaitingItem item : digest.lines()) {
            lines.add(style.line(item.step(), item.issue(), today));
        }
        int more = digest.total() - digest.lines().size();
        DigestMailModel model = new DigestMailModel(
                texts.format("accountability.digest.personal.subject", digest.total()),
                texts.format("accountability.digest.greeting", to.displayName()),
                texts.getText("accountability.digest.personal.intro." + digest.frequency().name()),
                List.of(), lines,
                more > 0 ? texts.format("accountability.digest.more", more) : "",
                texts.getText("accountability.digest.openAll"), links.waiting(),
                texts.format("accountability.digest.footer",
                        texts.getText("accountability.digest.frequency." + digest.frequency().name())));
        return render(to, model, texts);
    }

    public RenderedMail project(ProjectDigest digest) {
        Recipient to = digest.to();
        Messages texts = messages.apply(to.locale());
        WaitingLine.Style style = new WaitingLine.Style(texts, to.locale(), to.zone(), links);
        List<OptionView> counts = new ArrayList<>();
        for (HealthFlag flag : ProjectDigest.FLAGS) {
            counts.add(OptionView.of(String.valueOf(digest.count(flag)),
                    texts.getText("accountability.health." + flag.name()), false));
        }
        List<WaitingLine> lines = new ArrayList<>();
        for (ProjectDigest.FlaggedIssue flagged : digest.issues()) {
            List<String> flags = ProjectDigest.FLAGS.stream().filter(flagged.flags()::contains)
                    .map(f -> texts.getText("accountability.health." + f.name())).toList();
            String detail = String.join(", ", flags) + flagged.agreedDate()
                    .map(d -> " \u00b7 " + texts.format("accountability.waiting.agreed",
                            style.dates().format(d))).orElse("");
            lines.add(new WaitingLine(flagged.issue().issueKey(), links.issue(flagged.issue().issueKey()),
                    flagged.issue().summary(), "", detail, flagged.flags().contains(HealthFlag.OVERDUE)));
        }
        int more = digest.flaggedIssues() - digest.issues().size();
        String projectName = digest.project().projectName() + " (" + digest.project().projectKey() + ")";
        DigestMailModel model = new DigestMailModel(
                texts.format("accountability.digest.project.subject", projectName),
                texts.format("accountability.digest.greeting", to.displayName()),
                texts.format("accountability.digest.project.intro", projectName, digest.flaggedIssues()),
                counts, lines,
                more > 0 ? texts.format("accountability.digest.more", more) : "",
                texts.getText("accountability.digest.openAll"), links.waiting(),
                texts.getText("accountability.digest.project.footer"));
        return render(to, model, texts);
    }

    private RenderedMail render(Recipient to, DigestMailModel model, Messages texts) {
        return new RenderedMail(to.email(), to.displayName(), model.getTitle(), text(model, texts),
                templates.render(TEMPLATE, model, texts));
    }

    /** The plain-text part: the same content, one issue a paragraph, with its address. */
    static String text(DigestMailModel model, Messages texts) {
        StringBuilder text = new StringBuilder();
        text.append(model.getGreeting()).append("\n\n").append(model.getIntro()).append("\n\n");
        for (OptionView count : model.getCounts()) {
            text.append("  ").append(count.getLabel()).append(": ").append(count.getValue()).append('\n');
        }
        if (model.isWithCounts()) {
            text.append('\n');
        }
        for (WaitingLine line : model.getLines()) {
            text.append("* ").append(line.getIssueKey()).append(' ').append(line.getSummary()).append('\n');
            text.append("  ");
            if (!line.getAction().isEmpty()) {
                text.append(line.getAction()).append(" \u2014 ");
            }
            text.append(line.getDetail());
            if (line.isOverdue()) {
                text.append(" (").append(texts.getText("accountability.waiting.overdue")).append(')');
            }
            text.append("\n  ").append(line.getIssueUrl()).append("\n\n");
        }
        if (!model.getMore().isEmpty()) {
            text.append(model.getMore()).append("\n\n");
        }
        text.append(model.getOpenAllText()).append(": ").append(model.getOpenAllUrl()).append("\n\n");
        text.append("-- \n").append(model.getFooter()).append('\n');
        return text.toString();
    }
}
