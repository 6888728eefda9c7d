package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

// Checked against: https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html (public SingleMailQueueItem(Email email))
// Real superclass AbstractMailQueueItem (which implements MailQueueItem) omitted; only the constructor is declared.
public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
