package se.klusterportalen.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.mail.PortalMail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

/**
 * Raises one notification for each recipient in the current region, in a transaction of its own (it runs after the
 * transaction of the event has committed, or in a scheduled check). Where SMTP is configured, the same transaction
 * puts a mail for each new notification in the outbox ({@link OutboxMail}); {@link NotificationMailJob} sends it
 * later, so no user's request waits for, or fails on, the SMTP server (ADR 0072). A recipient who already has a
 * notification with the same event key gets no second one (a check that runs twice tells no one twice).
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final PlatformTransactionManager transactions;
    private final TransactionTemplate ownTransaction;
    private final OutboxMailRepository outbox;
    private final PortalMail mail;
    private final Clock clock;

    Notifier(NotificationRepository notifications, PlatformTransactionManager transactions, OutboxMailRepository outbox,
             PortalMail mail, Clock clock) {
        this.notifications = notifications;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outbox = outbox;
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
        boolean mailed = mail.enabled();
        Integer created = ownTransaction.execute(status -> {
            int added = 0;
            for (String recipient : distinct) {
                if (!notifications.existsByRecipientAndEventKey(recipient, message.eventKey())) {
                    var now = clock.instant();
                    var notification = notifications.save(new Notification(recipient, message.kind(),
                            message.subject(), message.detail(), message.dueDate(), message.link(), message.eventKey(),
                            now));
                    if (mailed) {
                        outbox.save(new OutboxMail(notification.id(), recipient, now));
                    }
                    added++;
                }
            }
            return added;
        });
        return created == null ? 0 : created;
    }
}
