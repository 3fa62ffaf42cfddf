package se.klusterportalen.mail;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Mail set-ups for tests of other features. */
public final class MailFixtures {

    private MailFixtures() {
    }

    /**
     * Portal mail whose SMTP server is down: configured with a port of 127.0.0.1 that nothing listens on, so every
     * attempt is refused the way a stopped server refuses it.
     */
    public static PortalMail smtpDown(String portalUrl) {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var broken = new JavaMailSenderImpl();
        broken.setHost("127.0.0.1");
        broken.setPort(closedPort);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", broken);
        return new PortalMail(beans.getBeanProvider(JavaMailSender.class), "klusterportalen@localhost", portalUrl);
    }
}
