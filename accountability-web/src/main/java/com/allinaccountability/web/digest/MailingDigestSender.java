package com.allinaccountability.web.digest;

import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.ProjectDigest;
import com.allinaccountability.core.port.DigestSender;

/** The core's {@link DigestSender} for every host: render with {@link DigestMails}, send with the host's transport. */
public final class MailingDigestSender implements DigestSender {
    private final DigestMails mails;
    private final MailTransport transport;

    public MailingDigestSender(DigestMails mails, MailTransport transport) {
        this.mails = mails;
        this.transport = transport;
    }

    @Override
    public void send(PersonalDigest digest) throws NotSent {
        deliver(mails.personal(digest));
    }

    @Override
    public void send(ProjectDigest digest) throws NotSent {
        deliver(mails.project(digest));
    }

    private void deliver(RenderedMail mail) throws NotSent {
        try {
            transport.send(mail);
        } catch (Exception e) {
            throw new NotSent("The host did not accept the digest mail to " + mail.toAddress(), e);
        }
    }
}
