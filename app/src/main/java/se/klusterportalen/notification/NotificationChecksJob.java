package se.klusterportalen.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The daily notification checks (labels about to expire, overdue milestones) for every region, each in its own
 * {@link SystemTask} (ADR 0009), on one node only: ShedLock's row {@code notification.daily-checks} in the platform
 * table {@code shedlock}. Runs at 06:00 Swedish time ({@code klusterportal.notifications.check-cron}); "today" is
 * the injected {@link Clock}'s date in Sweden. A region whose check fails is logged and the next one still runs.
 */
@Component
class NotificationChecksJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationChecksJob.class);
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final RegionService regions;
    private final NotificationChecks checks;
    private final Clock clock;

    NotificationChecksJob(RegionService regions, NotificationChecks checks, Clock clock) {
        this.regions = regions;
        this.checks = checks;
        this.clock = clock;
    }

    /** Runs the checks of every region; returns how many notifications were new. */
    @Scheduled(cron = "${klusterportal.notifications.check-cron:0 0 6 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "notification.daily-checks", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public int runDailyChecks() {
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        int told = 0;
        for (String region : regions.codes()) {
            try {
                told += SystemTask.callIn(region, task -> checks.run(task, today));
            } catch (RuntimeException e) {
                log.warn("Daily notification checks of region {} failed: {}", region, e.toString());
            }
        }
        log.info("Daily notification checks for {}: {} new notifications", today, told);
        return told;
    }
}
