package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.ProjectDigest;
import com.allinaccountability.core.port.DigestSender;
import com.allinaccountability.web.digest.DigestMails;
import com.allinaccountability.web.digest.MailTransport;
import com.allinaccountability.web.digest.MailingDigestSender;
import com.allinaccountability.web.view.Messages;
import com.allinaccountability.web.view.Templates;
import com.allinaccountability.web.view.WaitingLine;
import java.net.URI;
import java.util.function.Supplier;

/**
 * The web layer's {@link MailingDigestSender} with the sandbox's address in the mails' links, read when each digest
 * is sent: the port is chosen when Jetty starts, after the module is built ({@code --port 0} in tests).
 */
final class SandboxDigestSender implements DigestSender {
    private final Templates templates;
    private final MailTransport transport;
    private final Supplier<URI> baseUri;

    SandboxDigestSender(Templates templates, MailTransport transport, Supplier<URI> baseUri) {
        this.templates = templates;
        this.transport = transport;
        this.baseUri = baseUri;
    }

    @Override
    public void send(PersonalDigest digest) throws NotSent {
        sender().send(digest);
    }

    @Override
    public void send(ProjectDigest digest) throws NotSent {
        sender().send(digest);
    }

    private MailingDigestSender sender() {
        return new MailingDigestSender(new DigestMails(templates, Messages::new,
                WaitingLine.Links.of(baseUri.get().toString())), transport);
    }
}
