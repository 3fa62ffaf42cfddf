package se.klusterportalen.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.label.ExpiringLabel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.MilestoneRecord;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;
import se.klusterportalen.tenancy.SystemTask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily checks of one region, run by {@link NotificationChecksJob} in the region's {@link SystemTask}:
 * <ul>
 *   <li>a cluster's current label that ends within 90 days (and again within 30 days) with no equal or higher label
 *       following it: to the region's officers and the cluster's managers, once per label, end date and threshold;</li>
 *   <li>a milestone whose due date has passed and that is neither done nor cancelled: to the region's officers, once
 *       per milestone and due date (a new due date that passes again is told again).</li>
 * </ul>
 * The event keys make a second run on the same day, or on the next days, tell no one twice.
 */
@Component
class NotificationChecks {

    private static final Logger log = LoggerFactory.getLogger(NotificationChecks.class);
    static final int LAST_WARNING_DAYS = 30;

    private final Notifier notifier;
    private final LabelService labels;
    private final ProgrammeService programmes;
    private final ClusterService clusters;
    private final UserDirectory directory;

    NotificationChecks(Notifier notifier, LabelService labels, ProgrammeService programmes, ClusterService clusters,
                       UserDirectory directory) {
        this.notifier = notifier;
        this.labels = labels;
        this.programmes = programmes;
        this.clusters = clusters;
        this.directory = directory;
    }

    /** Runs both checks for the task's region on the day {@code today}; returns how many notifications were new. */
    int run(SystemTask task, LocalDate today) {
        List<String> officers = officers(task);
        return labelsExpiring(task, today, officers) + milestonesOverdue(task, today, officers);
    }

    private int labelsExpiring(SystemTask task, LocalDate today, List<String> officers) {
        int told = 0;
        for (ExpiringLabel label : labels.expiringLabels(task, today)) {
            var cluster = clusters.summary(task, label.clusterId());
            if (cluster.isEmpty()) {
                continue;
            }
            boolean last = label.daysLeft() <= LAST_WARNING_DAYS;
            var kind = last ? NotificationKind.LABEL_EXPIRING_30 : NotificationKind.LABEL_EXPIRING_90;
            var recipients = new ArrayList<>(officers);
            recipients.addAll(clusters.managerUsernames(task, label.clusterId()));
            told += notifier.tell(recipients, new Notifier.Message(kind, cluster.map(ClusterSummary::name).orElseThrow(),
                    label.level().name(), label.validUntil(), "clusters/" + label.clusterId().value(),
                    kind.name() + ":" + label.id().value() + ":" + label.validUntil()));
        }
        return told;
    }

    private int milestonesOverdue(SystemTask task, LocalDate today, List<String> officers) {
        int told = 0;
        for (MilestoneRecord milestone : programmes.overdueMilestones(task, today)) {
            String link = milestone.programme().map(p -> "programmes/" + p.value())
                    .or(() -> milestone.cluster().map(c -> "clusters/" + c.value())).orElse("programmes");
            told += notifier.tell(officers, new Notifier.Message(NotificationKind.MILESTONE_OVERDUE, milestone.title(),
                    null, milestone.dueDate(), link,
                    NotificationKind.MILESTONE_OVERDUE.name() + ":" + milestone.id().value() + ":" + milestone.dueDate()));
        }
        return told;
    }

    private List<String> officers(SystemTask task) {
        try {
            return directory.usersWith(task.regionCode(), Role.PROGRAMME_OFFICER).stream()
                    .map(UserDirectory.DirectoryUser::username).toList();
        } catch (UserDirectory.UnavailableException e) {
            log.warn("Daily notification checks of {} reach no officer: the directory is unavailable", task.regionCode());
            return List.of();
        }
    }
}
