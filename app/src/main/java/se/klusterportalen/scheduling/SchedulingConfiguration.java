package se.klusterportalen.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs, each run on one node at a time. A job is a {@code @Scheduled(cron = ..., zone = "Europe/Stockholm")}
 * method of a bean with {@code @SchedulerLock(name = "feature.job")}: ShedLock takes the row {@code name} in the
 * platform table {@code shedlock} (V95; not region-owned, the application role may read and write it) before the
 * method runs and skips the run on every other node while the lock is held. Lock times are the database's clock, so
 * nodes with skewed clocks agree. Default: a lock is held at most 30 minutes (a crashed node frees it then).
 *
 * <p>{@code klusterportal.scheduling.enabled=false} switches the scheduler off (the test profile does, so tests call
 * the jobs themselves with a fixed {@code Clock}); the lock provider stays, so locked methods still run once.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    /** The lock store: table {@code shedlock}, the database's UTC time. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    /** Spring's scheduler, unless switched off. */
    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "klusterportal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduler {
    }
}
