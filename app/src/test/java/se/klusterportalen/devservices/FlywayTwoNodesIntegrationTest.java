package se.klusterportalen.devservices;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, two nodes starting together: both run Flyway on the same empty database at the same moment (a
 * PostgreSQL of its own). Flyway serialises them with PostgreSQL's advisory lock: both start without error, every
 * migration is applied exactly once, and the second node finds nothing left to do.
 */
class FlywayTwoNodesIntegrationTest {

    @Test
    void twoNodesMigratingAtOnceApplyEveryMigrationOnce() throws Exception {
        try (var postgres = LocalPostgres.start(null);
             var nodes = Executors.newFixedThreadPool(2)) {
            var ready = new CountDownLatch(2);
            List<Future<Integer>> applied = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                applied.add(nodes.submit(() -> {
                    Flyway flyway = Flyway.configure()
                            .dataSource(postgres.jdbcUrl(LocalPostgres.DATABASE), LocalPostgres.OWNER_ROLE,
                                    postgres.passwords().owner())
                            .placeholders(Map.of("appRole", LocalPostgres.APP_ROLE)).load();
                    ready.countDown();
                    ready.await();
                    return flyway.migrate().migrationsExecuted;
                }));
            }
            int first = applied.get(0).get();
            int second = applied.get(1).get();

            try (var connection = DriverManager.getConnection(postgres.jdbcUrl(LocalPostgres.DATABASE),
                    LocalPostgres.SUPERUSER, postgres.passwords().superuser());
                 var sql = connection.createStatement();
                 var rs = sql.executeQuery("SELECT count(*), count(DISTINCT version), bool_and(success)"
                         + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                int migrations = rs.getInt(1);
                assertThat(migrations).isGreaterThan(10);
                assertThat(rs.getInt(2)).as("each version once").isEqualTo(migrations);
                assertThat(rs.getBoolean(3)).isTrue();
                assertThat(first + second).as("applied by one node, none left for the other").isEqualTo(migrations);
                assertThat(Math.min(first, second)).isZero();
            }
        }
    }
}
