package se.klusterportalen.scheduling;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.testsupport.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node at a time: the lock provider, connected as the application role, takes a job's row in the platform
 * table {@code shedlock} (V95); a second node asking for the same job while it is held gets nothing; once released
 * it can be taken again. The table is platform data: no region column, no row-level security.
 */
@IntegrationTest
class SchedulerLockIntegrationTest {

    @Autowired LockProvider locks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aJobHeldByOneNodeIsSkippedByAnotherUntilReleased() {
        String job = "test.job-" + UUID.randomUUID();
        var config = new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).as("the first node takes the lock").isPresent();
        assertThat(locks.lock(config)).as("another node while it is held").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = ?", Integer.class, job)).isEqualTo(1);

        first.orElseThrow().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).as("taken again after release").isPresent();
        again.orElseThrow().unlock();
    }

    @Test
    void theLockTableIsPlatformLevelAndTheApplicationRoleMayUseIt() {
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'shedlock' AND column_name = 'region_code'""",
                Integer.class)).isZero();
        for (String privilege : new String[]{"SELECT", "INSERT", "UPDATE", "DELETE"}) {
            assertThat(jdbc.queryForObject("SELECT has_table_privilege(current_user, 'shedlock', ?)", Boolean.class,
                    privilege)).as(privilege).isTrue();
        }
        assertThat(jdbc.queryForObject("""
                SELECT pg_get_userbyid(relowner) = current_user FROM pg_class
                 WHERE relname = 'shedlock' AND relnamespace = current_schema()::regnamespace""", Boolean.class))
                .as("the application role does not own the lock table").isFalse();
    }
}
