package com.atlassian.mail.queue;

// Checked against: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueue.html (interface, void addItem(MailQueueItem))
// Checked against: https://docs.atlassian.com/atlassian-mail/1.24/xref/com/atlassian/mail/queue/MailQueue.html (same method in a later source)
// Imported as a host service the way public Jira plugins do (@ComponentImport MailQueue; search-index source copies
// ids 71108985424, 60904488391, 25115280844). Only addItem is declared.
public interface MailQueue {
    void addItem(MailQueueItem item);
}
