package com.allinaccountability.sandbox.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.sandbox.SandboxOptions.SmtpServer;
import com.allinaccountability.web.digest.RenderedMail;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link SmtpMailTransport} puts on the wire, as a real SMTP server (GreenMail) receives it. */
class SmtpMailTransportTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void one_multipart_alternative_mail_with_a_utf8_text_and_html_part() throws Exception {
        SmtpMailTransport transport = new SmtpMailTransport(new SmtpServer("127.0.0.1", SMTP.getSmtp().getPort()));

        transport.send(new RenderedMail("bob@example.com", "Bøb Brown", "3 steps wait for you – ACC",
                "ACC-1 <script>alert(1)</script> Zürich", "<p>ACC-1 &lt;script&gt; Zürich</p>"));

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("bob@example.com");
        assertThat(to.getPersonal()).isEqualTo("Bøb Brown");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(SmtpMailTransport.FROM_ADDRESS);
        assertThat(received.getSubject()).isEqualTo("3 steps wait for you – ACC");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
        MimeBodyPart html = (MimeBodyPart) parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).isEqualTo("ACC-1 <script>alert(1)</script> Zürich");
        assertThat((String) html.getContent()).isEqualTo("<p>ACC-1 &lt;script&gt; Zürich</p>");
    }

    @Test
    void an_unreachable_server_throws_so_the_digest_stays_due() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailTransport transport = new SmtpMailTransport(new SmtpServer("127.0.0.1", closedPort));

        assertThatThrownBy(() -> transport.send(new RenderedMail("bob@example.com", "Bob", "s", "t", "<p>h</p>")))
                .isInstanceOf(jakarta.mail.MessagingException.class);
    }
}
