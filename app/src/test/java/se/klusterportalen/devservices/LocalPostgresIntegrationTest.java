package se.klusterportalen.devservices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #14, finding 4: the embedded PostgreSQL of dev and tests (a real one, started here on its own) asks every
 * role for its password, keeps the generated passwords in the data folder readable by the owner only, listens on
 * 127.0.0.1 only, and starts again from a kept data folder.
 */
class LocalPostgresIntegrationTest {

    @Test
    void everyRoleNeedsItsGeneratedPasswordAndOnlyThisMachineIsListenedTo(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("postgres");
        try (var postgres = LocalPostgres.start(data)) {
            var passwords = postgres.passwords();
            String url = postgres.jdbcUrl(LocalPostgres.DATABASE);

            for (String role : new String[] {LocalPostgres.SUPERUSER, LocalPostgres.OWNER_ROLE, LocalPostgres.APP_ROLE}) {
                assertThatThrownBy(() -> connect(url, role, null)).as(role).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> connect(url, role, "klusterportal")).as(role)
                        .hasMessageContaining("password authentication failed");
            }
            try (var connection = connect(url, LocalPostgres.SUPERUSER, passwords.superuser());
                 var sql = connection.createStatement()) {
                try (var rs = sql.executeQuery("SHOW listen_addresses")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                }
                try (var rs = sql.executeQuery("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
            connect(url, LocalPostgres.APP_ROLE, passwords.app()).close();
            connect(url, LocalPostgres.OWNER_ROLE, passwords.owner()).close();

            Path file = data.resolve(LocalPostgres.PASSWORD_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            var stored = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
            assertThat(stored.getProperty(LocalPostgres.APP_ROLE)).isEqualTo(passwords.app()).hasSize(24);
        }

        try (var again = LocalPostgres.start(data)) { // the kept folder: same passwords, still required
            String url = again.jdbcUrl(LocalPostgres.DATABASE);
            assertThatThrownBy(() -> connect(url, LocalPostgres.APP_ROLE, null)).isInstanceOf(SQLException.class);
            connect(url, LocalPostgres.APP_ROLE, again.passwords().app()).close();
        }
    }

    private static java.sql.Connection connect(String url, String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
