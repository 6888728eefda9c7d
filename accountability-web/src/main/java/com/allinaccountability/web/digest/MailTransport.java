package com.allinaccountability.web.digest;

/**
 * The host's way of sending mail: Jira's mail queue in the plugin, an SMTP server or the outbox in the sandbox.
 * Returning normally means the host accepted the mail for delivery.
 */
@FunctionalInterface
public interface MailTransport {
    void send(RenderedMail mail) throws Exception;
}
