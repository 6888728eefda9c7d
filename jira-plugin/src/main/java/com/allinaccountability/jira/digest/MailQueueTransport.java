package com.allinaccountability.jira.digest;

import com.allinaccountability.web.digest.MailTransport;
import com.allinaccountability.web.digest.RenderedMail;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;

/**
 * Digests leave through Jira's own mail queue (Administration → System → Mail queue), never through a connection of
 * ours: Jira's outgoing mail server settings, its "disable outgoing mail" switch, its retries and its error queue all
 * apply. Returning normally means the queue accepted the mail; Jira sends it within a minute or so, or keeps it in its
 * error queue.
 *
 * <p><b>HTML only.</b> A multipart text+HTML mail needs {@code Email#setMultipart(Multipart)}, whose parameter is
 * {@code javax.mail.Multipart} in every atlassian-mail version we could read; whether Jira 11 (Jakarta EE) moved it to
 * {@code jakarta.mail} could not be confirmed, and importing the wrong package would keep the plugin from starting.
 * So the HTML part is sent as the body ({@code text/html}, UTF-8), as Jira's own notifications are by default; the
 * rendered plain-text part is not used here.
 */
public final class MailQueueTransport implements MailTransport {
    static final String HTML = "text/html";
    static final String UTF_8 = "UTF-8";

    private final MailQueue mailQueue;

    public MailQueueTransport(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    @Override
    public void send(RenderedMail mail) {
        Email email = new Email(mail.toAddress());
        email.setSubject(oneLine(mail.subject()));
        email.setBody(mail.html());
        email.setMimeType(HTML);
        email.setEncoding(UTF_8);
        mailQueue.addItem(new SingleMailQueueItem(email));
    }

    /** A subject is one header line: line breaks in it (a project name, say) become spaces. */
    static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n]+", " ").strip();
    }
}
