package com.allinaccountability.sandbox.mail;

import com.allinaccountability.sandbox.SandboxOptions.SmtpServer;
import com.allinaccountability.web.digest.MailTransport;
import com.allinaccountability.web.digest.RenderedMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends each mail through an SMTP server ({@code --smtp HOST:PORT}) with Jakarta Mail (Eclipse Angus): one
 * {@code multipart/alternative} message, the plain text first and the HTML last (the part a mail client prefers), both
 * UTF-8. Plain SMTP without authentication or TLS, as a local relay or a developer's mail catcher expects. A refused or
 * unreachable server throws, so the digest stays due and the next run tries again.
 */
public final class SmtpMailTransport implements MailTransport {
    /** The sender of every sandbox mail. */
    public static final String FROM_ADDRESS = "jira-sandbox@localhost";
    static final String FROM_NAME = "Jira Sandbox";
    private static final String TIMEOUT_MILLIS = "20000";

    private final SmtpServer server;
    private final Session session;

    public SmtpMailTransport(SmtpServer server) {
        this.server = server;
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", server.host());
        properties.setProperty("mail.smtp.port", Integer.toString(server.port()));
        // Without these a silent server blocks the digest run (and the scheduler's thread) for ever.
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.from", FROM_ADDRESS);
        // Non-ASCII display names and subjects are encoded (RFC 2047) rather than sent as raw 8-bit headers.
        properties.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(RenderedMail mail) throws MessagingException, UnsupportedEncodingException {
        Transport.send(message(mail));
    }

    /** The message as it goes on the wire. */
    MimeMessage message(RenderedMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(FROM_ADDRESS, FROM_NAME, StandardCharsets.UTF_8.name()));
        InternetAddress to = new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name());
        to.validate();
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    @Override
    public String toString() {
        return "SMTP " + server;
    }
}
