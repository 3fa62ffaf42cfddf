package se.klusterportalen.testsupport;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests: one GreenMail per JVM on a free port of 127.0.0.1, started before the test
 * profile's context is built and handed to it as {@code spring.mail.host}/{@code spring.mail.port} (so the portal's
 * mail is "configured", as in production with SMTP). Registered in the test {@code META-INF/spring.factories}; does
 * nothing when a test sets {@code spring.mail.host} itself or runs another profile.
 */
public final class TestMailServer implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static GreenMail server;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var env = event.getEnvironment();
        if (!env.acceptsProfiles(Profiles.of("test")) || env.containsProperty("spring.mail.host")) {
            return;
        }
        GreenMail smtp = start();
        env.getPropertySources().addFirst(new MapPropertySource("klusterportal-test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", smtp.getSmtp().getPort())));
    }

    private static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server;
    }

    /** The messages received so far whose recipients include {@code address}. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(start().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Forgets every message received so far (a test that counts mails starts with this). */
    public static void clear() {
        try {
            start().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
