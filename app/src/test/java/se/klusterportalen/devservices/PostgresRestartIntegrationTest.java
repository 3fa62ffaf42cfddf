package se.klusterportalen.devservices;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15, surviving restarts: a PostgreSQL of its own (not the one the other tests share) is stopped and started
 * again under a Hikari pool configured as the portal's (Spring Boot's defaults, the application role). While it is
 * down a request fails: with the server's "terminating connection" (SQLSTATE 57P01) on a pooled connection, then
 * with {@link SQLTransientConnectionException} within the pool's timeout (the UI turns it into a
 * translated "database unavailable" message, see {@code RejectionErrorHandler}); once it is back the same pool,
 * never restarted, serves again: broken connections are replaced by new ones.
 */
class PostgresRestartIntegrationTest {

    @Test
    void thePoolRecoversAfterPostgresRestartsWithoutBeingRestarted(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("postgres");
        var postgres = LocalPostgres.start(data);
        int port = postgres.port();
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl(LocalPostgres.DATABASE));
        config.setUsername(LocalPostgres.APP_ROLE);
        config.setPassword(postgres.passwords().app());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(2_000);
        try (var pool = new HikariDataSource(config)) {
            assertThat(answer(pool)).isEqualTo(1);

            postgres.close();
            var failures = new ArrayList<SQLException>();
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    answer(pool);
                } catch (SQLException e) {
                    failures.add(e);
                }
            }
            // a pooled connection the server ended says so (57P01); then the pool times out asking for a new one
            assertThat(failures).hasSize(3).allSatisfy(failure -> assertThat(failure instanceof
                    SQLTransientConnectionException || failure.getSQLState().startsWith("57P")
                    || failure.getSQLState().startsWith("08")).as(failure.toString()).isTrue());
            assertThat((Throwable) failures.getLast()).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("Connection is not available");

            postgres = LocalPostgres.start(data, port);
            assertThat(answer(pool)).isEqualTo(1);
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isPositive();
        } finally {
            postgres.close();
        }
    }

    private static int answer(HikariDataSource pool) throws SQLException {
        try (var connection = pool.getConnection(); var sql = connection.createStatement();
             var rs = sql.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
