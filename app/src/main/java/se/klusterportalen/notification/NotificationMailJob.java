package se.klusterportalen.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Clock;
import java.time.Instant;

/**
 * The mail outbox's sender (ADR 0072): every {@code klusterportal.notifications.mail-every} (default 30 s, after
 * the previous run ended) it sends each region's due mails in the region's own {@link SystemTask}, on one node only
 * (ShedLock's row {@code notification.mail-outbox}). "Now" is the injected {@link Clock}. A region whose run fails is
 * logged and the next one still runs.
 */
@Component
class NotificationMailJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailJob.class);

    private final RegionService regions;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationMailJob(RegionService regions, NotificationMailer mailer, Clock clock) {
        this.regions = regions;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The scheduled run: sends the due mails of every region, on the node that holds the lock. */
    @Scheduled(fixedDelayString = "${klusterportal.notifications.mail-every:PT30S}",
            initialDelayString = "${klusterportal.notifications.mail-every:PT30S}")
    @SchedulerLock(name = "notification.mail-outbox", lockAtMostFor = "PT30M")
    public void run() {
        sendDue();
    }

    /** Sends the due mails of every region; returns how many the SMTP server accepted. */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (String region : regions.codes()) {
            try {
                sent += SystemTask.callIn(region, task -> mailer.sendDue(task, now));
            } catch (RuntimeException e) {
                log.warn("Sending the mail outbox of region {} failed: {}", region, e.toString());
            }
        }
        if (sent > 0) {
            log.info("Mail outbox: {} mails sent", sent);
        }
        return sent;
    }
}
