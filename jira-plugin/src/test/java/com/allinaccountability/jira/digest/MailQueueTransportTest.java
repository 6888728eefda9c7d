package com.allinaccountability.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;

import com.allinaccountability.web.digest.RenderedMail;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

/**
 * The mail handed to Jira's queue. {@code Email} and {@code SingleMailQueueItem} are compile-only declarations (their
 * constructors throw), so the test intercepts their construction and checks what was built and queued.
 */
class MailQueueTransportTest {
    private final MailQueue queue = mock(MailQueue.class);
    private final RenderedMail mail = new RenderedMail("alice@example.com", "Alice", "3 steps wait for you\r\nin ACC",
            "plain text", "<p>html</p>");

    @Test
    void the_html_part_is_queued_as_a_utf8_html_mail_to_the_recipient() {
        List<Object> emailArguments = new ArrayList<>();
        List<Object> itemArguments = new ArrayList<>();
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                (email, context) -> emailArguments.addAll(context.arguments()));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class,
                (item, context) -> itemArguments.addAll(context.arguments()))) {

            new MailQueueTransport(queue).send(mail);

            assertThat(emails.constructed()).hasSize(1);
            Email email = emails.constructed().get(0);
            assertThat(emailArguments).containsExactly("alice@example.com");
            verify(email).setSubject("3 steps wait for you in ACC");
            verify(email).setBody("<p>html</p>");
            verify(email).setMimeType("text/html");
            verify(email).setEncoding("UTF-8");
            assertThat(itemArguments).containsExactly(email);
            verify(queue).addItem(items.constructed().get(0));
        }
    }

    @Test
    void a_subject_stays_one_header_line() {
        assertThat(MailQueueTransport.oneLine(" a\nb\r\n\r\nc ")).isEqualTo("a b c");
    }
}
