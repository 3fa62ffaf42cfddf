package se.klusterportalen.notification;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.mail.PortalMail;
import se.klusterportalen.security.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Raises one notification for each recipient in the current region, in a transaction of its own (it runs after the
 * transaction of the event has committed, or in a scheduled check), and then e-mails each new one where SMTP is
 * configured, in the recipient's language with a link to the record. A recipient who already has a notification
 * with the same event key gets no second one (a check that runs twice tells no one twice). A mail that cannot be
 * sent is logged by {@link PortalMail}; the notification stays.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final PlatformTransactionManager transactions;
    private final TransactionTemplate ownTransaction;
    private final UserDirectory directory;
    private final PortalMail mail;
    private final Clock clock;

    Notifier(NotificationRepository notifications, PlatformTransactionManager transactions, UserDirectory directory,
             PortalMail mail, Clock clock) {
        this.notifications = notifications;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.directory = directory;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Reads what deciding the recipients needs in a transaction of its own. After a commit the event's transaction
     * is still bound to the thread but over: its region setting ({@code app.region}) is gone, so row-level security
     * would show no rows.
     */
    <T> T read(Supplier<T> work) {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }

    /** What to tell: the kind, its subject and details, the route of the record and the event's key. */
    record Message(NotificationKind kind, String subject, @Nullable String detail, @Nullable LocalDate dueDate,
                   String link, String eventKey) {
    }

    /**
     * Tells each recipient once; returns how many notifications were new.
     *
     * @param recipients usernames of the current region; duplicates and blanks are ignored
     */
    int tell(Collection<String> recipients, Message message) {
        var distinct = new LinkedHashSet<String>();
        recipients.stream().filter(r -> r != null && !r.isBlank()).forEach(distinct::add);
        if (distinct.isEmpty()) {
            return 0;
        }
        List<Notification> created = ownTransaction.execute(status -> {
            var added = new ArrayList<Notification>();
            for (String recipient : distinct) {
                if (!notifications.existsByRecipientAndEventKey(recipient, message.eventKey())) {
                    added.add(notifications.save(new Notification(recipient, message.kind(), message.subject(),
                            message.detail(), message.dueDate(), message.link(), message.eventKey(),
                            clock.instant())));
                }
            }
            return added;
        });
        if (created == null) {
            return 0;
        }
        if (mail.enabled()) {
            created.forEach(this::mail);
        }
        return created.size();
    }

    private void mail(Notification notification) {
        try {
            directory.contact(notification.recipient()).ifPresent(contact -> contact.email().ifPresent(address -> {
                var record = notification.toRecord();
                String sentence = record.text(contact.locale());
                String link = mail.portalUrl() + "/" + record.link();
                mail.send(new PortalMail.Mail(address,
                        NotificationTexts.text("notification.mail.subject", contact.locale(), sentence),
                        NotificationTexts.text("notification.mail.body", contact.locale(), contact.displayName(),
                                sentence, link)));
            }));
        } catch (RuntimeException e) {
            log.warn("No mail for the notification of {}: {}", notification.recipient(), e.toString());
        }
    }
}
