package se.klusterportalen.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Plain-text e-mail from the portal, sent only where SMTP is configured: Spring Boot creates a
 * {@link JavaMailSender} when {@code spring.mail.host} is set ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}); without it {@link #send} sends nothing. The sender
 * address is {@code klusterportal.mail.from}; links in mails start with {@link #portalUrl()}
 * ({@code klusterportal.public-url}).
 *
 * <p>Mail is a courtesy beside what the portal stores: a failing SMTP server never fails the caller. {@link #send}
 * logs the failure and answers {@code false}; {@link #deliver} throws it, for the notification outbox's scheduled
 * sender, which retries (ADR 0072). Neither belongs in a user's request: queue the mail and send it from a job.
 */
@Component
public class PortalMail {

    private static final Logger log = LoggerFactory.getLogger(PortalMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String portalUrl;

    PortalMail(ObjectProvider<JavaMailSender> sender,
               @Value("${klusterportal.mail.from:klusterportalen@localhost}") String from,
               @Value("${klusterportal.public-url:http://localhost:${server.port:8080}}") String portalUrl) {
        this.sender = sender;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** One plain-text mail to one address. */
    public record Mail(String to, String subject, String text) {
        public Mail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Whether SMTP is configured (a mail would be attempted). */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** The portal's public address without a trailing slash, e.g. {@code https://klusterportal.example.se}. */
    public String portalUrl() {
        return portalUrl;
    }

    /**
     * Sends the mail; {@code true} when the SMTP server accepted it, {@code false} when SMTP is not configured, the
     * address is blank, or the server failed (logged as a warning, never thrown).
     */
    public boolean send(Mail mail) {
        if (!enabled() || mail.to().isBlank()) {
            return false;
        }
        try {
            deliver(mail);
            return true;
        } catch (RuntimeException e) { // MailException and whatever the transport throws
            log.warn("Mail to {} ({}) not sent: {}", mail.to(), mail.subject(), e.toString());
            return false;
        }
    }

    /**
     * Hands the mail to the SMTP server, for a sender that keeps its own record of failures (the notification
     * outbox, ADR 0072): throws {@link org.springframework.mail.MailException} (or whatever the transport throws) when
     * the server refuses it or cannot be reached, {@link IllegalStateException} when SMTP is not configured.
     */
    public void deliver(Mail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            throw new IllegalStateException("SMTP is not configured (spring.mail.host)");
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        smtp.send(message);
    }
}
