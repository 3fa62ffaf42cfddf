package se.klusterportalen.mail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.TestMailServer;

import java.net.ServerSocket;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail through a real SMTP server (GreenMail in the test JVM, configured as {@code spring.mail.host} like a
 * production SMTP server): it arrives with subject, text and sender; a server that cannot be reached makes
 * {@code send} answer false without throwing; without SMTP settings nothing is sent.
 */
@IntegrationTest
class PortalMailIntegrationTest {

    @Autowired PortalMail mail;

    @Test
    void aMailReachesTheSmtpServer() throws Exception {
        String to = "mottagare-" + UUID.randomUUID() + "@example.se";

        assertThat(mail.enabled()).isTrue();
        assertThat(mail.send(new PortalMail.Mail(to, "Självskattning inlämnad", "Åsa har lämnat in."))).isTrue();

        var received = TestMailServer.messagesTo(to);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("Självskattning inlämnad");
        assertThat(received.getFirst().getContent().toString().strip()).isEqualTo("Åsa har lämnat in.");
        assertThat(received.getFirst().getFrom()[0].toString()).isEqualTo("klusterportalen@localhost");
    }

    @Test
    void aFailingSmtpServerIsLoggedNotThrown() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var broken = new JavaMailSenderImpl();
        broken.setHost("127.0.0.1");
        broken.setPort(closedPort);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", broken);
        var portal = new PortalMail(beans.getBeanProvider(JavaMailSender.class), "a@example.se", "http://localhost");

        assertThat(portal.send(new PortalMail.Mail("b@example.se", "Ämne", "Text"))).isFalse();
    }

    @Test
    void withoutSmtpSettingsNothingIsSent() {
        var portal = new PortalMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "a@example.se", "https://portal.example.se/");

        assertThat(portal.enabled()).isFalse();
        assertThat(portal.send(new PortalMail.Mail("b@example.se", "Ämne", "Text"))).isFalse();
        assertThat(portal.portalUrl()).isEqualTo("https://portal.example.se");
    }
}
