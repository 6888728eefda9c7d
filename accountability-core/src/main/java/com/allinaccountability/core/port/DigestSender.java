package com.allinaccountability.core.port;

import com.allinaccountability.core.model.PersonalDigest;
import com.allinaccountability.core.model.ProjectDigest;

/**
 * Renders a digest in its recipient's language and zone and hands it to the host's mail (Jira's mail queue, the
 * sandbox's SMTP server or outbox). Returning normally means the host accepted it for delivery.
 */
public interface DigestSender {

    void send(PersonalDigest digest) throws NotSent;

    void send(ProjectDigest digest) throws NotSent;

    /** The host did not accept the mail; the digest stays due and the next run tries again. */
    final class NotSent extends Exception {
        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
