package se.klusterportalen.devservices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #15, backup and restore drill: the test database (demo data of both regions — clusters, members, profiles,
 * areas, funding, assessments, labels, goals, milestones, indicators — and whatever other tests committed, with
 * its audit history) is backed up with {@code infra/backup.sh}, restored with {@code infra/restore.sh} into a
 * second, fresh PostgreSQL started here, and every table is compared row by row, audit tables and Flyway's history
 * included. The restored copy keeps its row-level security: the application role sees nothing without a region.
 * Then a second application (the portal's core, no demo data, the same Keycloak) starts on the restored database and
 * an officer of each region gets the same portfolio and programmes there as from the database backed up.
 */
@IntegrationTest
class BackupRestoreDrillIntegrationTest {

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Value("${klusterportal.keycloak.issuer-uri}") String issuer;

    private static final List<String> KINDS_THAT_MUST_BE_THERE = List.of("region", "cluster", "cluster_aud", "revinfo",
            "cluster_member_year", "cluster_contact", "cluster_area", "smart_specialisation_area", "programme",
            "programme_cluster", "programme_goal", "milestone", "funding_stream", "funding_plan", "funding_amount",
            "assessment_round", "assessment", "assessment_answer", "ecei_label", "flyway_schema_history");

    @Test
    void backUpRestoreIntoAFreshPostgresAndEveryRowIsThere(@TempDir Path backups) throws Exception {
        LocalPostgres source = DevServices.runningPostgres().orElseThrow();
        Path backup;
        try (LocalPostgres fresh = LocalPostgres.start(null)) {
            var pagesBefore = pages(login, clusters, programmes);
            var before = snapshot(source);
            assertThat(before.keySet()).containsAll(KINDS_THAT_MUST_BE_THERE);
            for (String kind : KINDS_THAT_MUST_BE_THERE) {
                assertThat(before.get(kind)).as(kind).isNotEmpty();
            }

            backup = Path.of(run(source, "infra/backup.sh", backups.toString()).strip().lines().reduce((a, b) -> b)
                    .orElseThrow());
            assertThat(backup.resolve("portal.dump")).isNotEmptyFile();
            assertThat(backup.resolve("keycloak.dump")).isNotEmptyFile();
            assertThat(Files.readString(backup.resolve("SHA256SUMS"))).contains("portal.dump");

            run(fresh, "infra/restore.sh", "--replace", backup.toString());

            var restored = snapshot(fresh);
            var after = snapshot(source); // other tests may commit meanwhile: compare what the backup saw
            assertThat(restored.keySet()).isEqualTo(before.keySet());
            for (var table : restored.keySet()) {
                assertThat(restored.get(table)).as(table).isSubsetOf(after.get(table)).containsAll(
                        before.get(table));
                if (before.get(table).equals(after.get(table))) {
                    assertThat(restored.get(table)).as(table).isEqualTo(before.get(table));
                }
            }

            try (Connection app = connect(fresh, LocalPostgres.APP_ROLE, fresh.passwords().app());
                 var sql = app.createStatement(); var rs = sql.executeQuery("SELECT count(*) FROM cluster")) {
                rs.next();
                assertThat(rs.getInt(1)).as("row-level security without a region").isZero();
            }
            try (Connection keycloak = DriverManager.getConnection(fresh.jdbcUrl(LocalPostgres.KEYCLOAK_DATABASE),
                    credentials(LocalPostgres.SUPERUSER, fresh.passwords().superuser()));
                 var sql = keycloak.createStatement();
                 var rs = sql.executeQuery("SELECT count(*) FROM user_entity u JOIN realm r ON r.id = u.realm_id"
                         + " WHERE r.name = 'klusterportal' AND u.username = 'skane.handlaggare'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("Keycloak's users come back too").isEqualTo(1);
            }

            try (ConfigurableApplicationContext restoredPortal = startOn(fresh)) {
                var pagesRestored = pages(restoredPortal.getBean(RealLogin.class),
                        restoredPortal.getBean(ClusterService.class), restoredPortal.getBean(ProgrammeService.class));
                assertThat(pagesRestored.get(SKANE_OFFICER + " clusters")).hasSize(pagesBefore.get(SKANE_OFFICER
                        + " clusters").size()).isNotEmpty();
                assertThat(pagesRestored).as("the same pages on the restored database").isEqualTo(pagesBefore);
            }
        }
    }

    /** What an officer of each region sees on the portfolio and programme pages (the services' answers). */
    private static Map<String, List<?>> pages(RealLogin login, ClusterService clusters, ProgrammeService programmes) {
        var pages = new LinkedHashMap<String, List<?>>();
        for (String officer : List.of(SKANE_OFFICER, NMS_OFFICER)) {
            pages.put(officer + " clusters", login.inOwnTransaction(officer, clusters::list));
            pages.put(officer + " programmes", login.inOwnTransaction(officer, programmes::list));
        }
        return pages;
    }

    /** The portal's core on the restored database: the same Keycloak, no dev services, no demo data, no jobs. */
    private ConfigurableApplicationContext startOn(LocalPostgres restored) throws ClassNotFoundException {
        return new SpringApplicationBuilder(Class.forName("se.klusterportalen.CoreTestApplication"))
                .profiles("test")
                .properties(Map.of(
                        "klusterportal.dev-services.enabled", "false",
                        "klusterportal.demo-data", "false",
                        "spring.datasource.url", restored.jdbcUrl(LocalPostgres.DATABASE),
                        "spring.datasource.username", LocalPostgres.APP_ROLE,
                        "spring.datasource.password", restored.passwords().app(),
                        "spring.flyway.url", restored.jdbcUrl(LocalPostgres.DATABASE),
                        "spring.flyway.user", LocalPostgres.OWNER_ROLE,
                        "spring.flyway.password", restored.passwords().owner(),
                        "klusterportal.keycloak.issuer-uri", issuer,
                        "server.port", "0"))
                .run();
    }

    /** Every table of the public schema: its rows as text, sorted (read as the superuser, past row-level security). */
    static Map<String, List<String>> snapshot(LocalPostgres postgres) throws SQLException {
        var tables = new LinkedHashMap<String, List<String>>();
        try (Connection connection = connect(postgres, LocalPostgres.SUPERUSER, postgres.passwords().superuser());
             var sql = connection.createStatement()) {
            var names = new ArrayList<String>();
            try (var rs = sql.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                var rows = new ArrayList<String>();
                try (var rs = sql.executeQuery("SELECT t::text FROM \"" + name + "\" t ORDER BY t::text COLLATE \"C\"")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private static Connection connect(LocalPostgres postgres, String role, String password) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(LocalPostgres.DATABASE), credentials(role, password));
    }

    private static Properties credentials(String role, String password) {
        var properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", password);
        return properties;
    }

    /** Runs a script of infra/ against a PostgreSQL as its superuser; returns what it printed. */
    static String run(LocalPostgres postgres, String script, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(Path.of("..").toFile()).redirectErrorStream(true);
        builder.environment().put("PGHOST", LocalPostgres.HOST);
        builder.environment().put("PGPORT", String.valueOf(postgres.port()));
        builder.environment().put("PGUSER", LocalPostgres.SUPERUSER);
        builder.environment().put("PGPASSWORD", postgres.passwords().superuser());
        var process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(script + " printed:\n" + output).isZero();
        return output;
    }
}
