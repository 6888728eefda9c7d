package com.atlassian.mail.queue;

// Checked against: https://docs.atlassian.com/atlassian-mail/2.1/xref/com/atlassian/mail/queue/MailQueueItem.html (interface)
// No member is declared: the plugin only hands items to MailQueue#addItem (send() throws MailException, not declared).
public interface MailQueueItem {
}
