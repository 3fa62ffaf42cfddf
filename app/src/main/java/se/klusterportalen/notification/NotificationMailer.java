package se.klusterportalen.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.mail.PortalMail;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends one region's due mails from the outbox ({@link OutboxMail}), run by {@link NotificationMailJob} in the
 * region's {@link SystemTask}. Each mail is read in a transaction, sent outside any transaction (the recipient's
 * address and language from the directory at sending time, the text rendered from the notification), and its outcome
 * written in another: accepted by the SMTP server → {@code SENT} with the address; SMTP or directory unreachable →
 * tried again after {@link OutboxMail#backoff(int)}, up to {@link OutboxMail#MAX_ATTEMPTS}; no address in the
 * directory → {@code FAILED} at once. Delivery is at least once: a crash between the server's acceptance and the
 * second transaction sends that mail again.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    /** The most mails one region sends in one run; the rest wait for the next run. */
    static final int BATCH = 50;

    private final OutboxMailRepository outbox;
    private final NotificationRepository notifications;
    private final UserDirectory directory;
    private final PortalMail mail;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate write;

    NotificationMailer(OutboxMailRepository outbox, NotificationRepository notifications, UserDirectory directory,
                       PortalMail mail, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.directory = directory;
        this.mail = mail;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What one attempt came to. */
    private sealed interface Outcome {
        record Sent(String address) implements Outcome {
        }

        record Retry(String error) implements Outcome {
        }

        record Undeliverable(String reason) implements Outcome {
        }
    }

    private record Pending(String recipient, Optional<NotificationRecord> notification) {
    }

    /**
     * Sends the task's region's mails that are due at {@code now} (at most {@link #BATCH}); returns how many the SMTP
     * server accepted. Sends nothing where SMTP is not configured (the mails wait).
     */
    int sendDue(SystemTask task, Instant now) {
        SystemTask.require(task);
        if (!mail.enabled()) {
            return 0;
        }
        List<UUID> due = readOnly.execute(status -> outbox
                .findByStateAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(OutboxMail.State.PENDING, now,
                        Limit.of(BATCH))
                .stream().map(OutboxMail::id).toList());
        int sent = 0;
        for (UUID id : due == null ? List.<UUID>of() : due) {
            if (sendOne(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(UUID id, Instant now) {
        Optional<Pending> pending = readOnly.execute(status -> outbox.findById(id)
                .filter(m -> m.state() == OutboxMail.State.PENDING)
                .map(m -> new Pending(m.recipient(),
                        notifications.findById(m.notificationId()).map(Notification::toRecord))));
        if (pending == null || pending.isEmpty()) {
            return false;
        }
        Outcome outcome = attempt(pending.get());
        write.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> {
            switch (outcome) {
                case Outcome.Sent sent -> m.sent(sent.address(), now);
                case Outcome.Retry retry -> m.failedAttempt(retry.error(), now);
                case Outcome.Undeliverable undeliverable -> m.undeliverable(undeliverable.reason(), now);
            }
        }));
        if (!(outcome instanceof Outcome.Sent)) {
            log.warn("Mail of a notification to {} not sent: {}", pending.get().recipient(), outcome);
        }
        return outcome instanceof Outcome.Sent;
    }

    private Outcome attempt(Pending pending) {
        if (pending.notification().isEmpty()) {
            return new Outcome.Undeliverable("the notification is gone");
        }
        Optional<UserDirectory.Contact> contact;
        try {
            contact = directory.contact(pending.recipient());
        } catch (RuntimeException e) { // the directory cannot be reached: it may come back
            return new Outcome.Retry("directory: " + e);
        }
        if (contact.isEmpty()) {
            return new Outcome.Undeliverable("not in the directory");
        }
        Optional<String> address = contact.get().email().filter(a -> !a.isBlank());
        if (address.isEmpty()) {
            return new Outcome.Undeliverable("no e-mail address in the directory");
        }
        NotificationRecord record = pending.notification().get();
        var locale = contact.get().locale();
        String sentence = record.text(locale);
        String link = mail.portalUrl() + "/" + record.link();
        try {
            mail.deliver(new PortalMail.Mail(address.get(),
                    NotificationTexts.text("notification.mail.subject", locale, sentence),
                    NotificationTexts.text("notification.mail.body", locale, contact.get().displayName(), sentence,
                            link)));
            return new Outcome.Sent(address.get());
        } catch (RuntimeException e) { // MailException and whatever the transport throws
            return new Outcome.Retry("smtp: " + e);
        }
    }
}
