package se.klusterportalen.notification;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Notifications for a test, raised as the features raise them (through the notifier: a transaction of its own in
 * the signed-in user's region, committed, and queued for mail). They stay: give them a unique subject. See ADR 0008.
 */
@Component
public class NotificationFixtures {

    private final Notifier notifier;

    NotificationFixtures(Notifier notifier) {
        this.notifier = notifier;
    }

    /** A label-expiry notification (within 30 days) for the recipient about the subject, linking to the route. */
    public void labelExpiring(String recipient, String clusterName, LocalDate validUntil, String link) {
        notifier.tell(List.of(recipient), new Notifier.Message(NotificationKind.LABEL_EXPIRING_30, clusterName, "GOLD",
                validUntil, link, "TEST:" + UUID.randomUUID()));
    }

    /** A submitted-assessment notification for the recipient about the cluster, linking to the route. */
    public void assessmentSubmitted(String recipient, String clusterName, String roundName, String link) {
        notifier.tell(List.of(recipient), new Notifier.Message(NotificationKind.ASSESSMENT_SUBMITTED, clusterName,
                roundName, null, link, "TEST:" + UUID.randomUUID()));
    }
}
