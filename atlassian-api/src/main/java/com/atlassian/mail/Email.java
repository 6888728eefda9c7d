package com.atlassian.mail;

// Checked against: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html (class, Email(String to))
// Checked against: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html (setBody, setEncoding, setMimeType, setSubject, setTo return Email)
// Same calls in a recent public Jira plugin (new Email(address), setSubject, setBody, setMimeType("text/html"),
// MailQueue#addItem(new SingleMailQueueItem(email)); search-index source copy id 71108985424).
// NOT declared: setMultipart(Multipart). Its parameter is javax.mail.Multipart up to the versions seen; whether Jira 11
// (Platform 8, Jakarta EE) moved atlassian-mail to jakarta.mail could not be confirmed, and importing the wrong package
// would keep the whole plugin from resolving.
public class Email {
    public Email(String to) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setTo(String to) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setEncoding(String encoding) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
