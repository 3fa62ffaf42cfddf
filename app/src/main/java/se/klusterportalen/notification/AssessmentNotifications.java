package se.klusterportalen.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.klusterportalen.assessment.AssessmentWorkflowEvent;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;

import java.util.List;

/**
 * Tells people about the self-assessment workflow, after the step's transaction committed (a rolled-back step tells
 * no one): a submitted assessment goes to the region's programme officers (from the directory), a sent-back or
 * fixed one to the cluster's bound managers (portal data). The one who took the step is not told. Nothing here fails
 * the user's step: problems are logged.
 */
@Component
class AssessmentNotifications {

    private static final Logger log = LoggerFactory.getLogger(AssessmentNotifications.class);

    private final Notifier notifier;
    private final UserDirectory directory;
    private final ClusterService clusters;

    AssessmentNotifications(Notifier notifier, UserDirectory directory, ClusterService clusters) {
        this.notifier = notifier;
        this.directory = directory;
        this.clusters = clusters;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(AssessmentWorkflowEvent event) {
        try {
            List<String> recipients = switch (event.step()) {
                case SUBMITTED -> directory.usersWith(event.region(), Role.PROGRAMME_OFFICER).stream()
                        .map(UserDirectory.DirectoryUser::username).toList();
                case SENT_BACK, FIXED -> notifier.read(() -> clusters.managers(event.cluster()).stream()
                        .map(UserDirectory.DirectoryUser::username).toList());
            };
            var kind = switch (event.step()) {
                case SUBMITTED -> NotificationKind.ASSESSMENT_SUBMITTED;
                case SENT_BACK -> NotificationKind.ASSESSMENT_SENT_BACK;
                case FIXED -> NotificationKind.ASSESSMENT_FIXED;
            };
            notifier.tell(recipients.stream().filter(r -> !r.equals(event.actor())).toList(),
                    new Notifier.Message(kind, event.clusterName(), event.roundName(), null,
                            "assessments/" + event.assessment().value(),
                            kind.name() + ":" + event.assessment().value() + ":" + event.occurredAt()));
        } catch (RuntimeException e) {
            log.warn("No notifications for the assessment step {} of {}: {}", event.step(), event.clusterName(),
                    e.toString());
        }
    }
}
