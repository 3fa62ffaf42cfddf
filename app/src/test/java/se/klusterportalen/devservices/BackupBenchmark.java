package se.klusterportalen.devservices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterDraft;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * How long {@code infra/backup.sh} and {@code infra/restore.sh} take for a 300-cluster region (Skåne's demo data
 * plus 300 added clusters, each with its audit history, in one programme), against the real PostgreSQL 17; the
 * restore goes into a fresh second PostgreSQL and is checked row by row. Not part of the suite (the name does not
 * end in Test): {@code ./mvnw -pl app test -Dtest='BackupBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code docs/benchmarks/backup.md}.
 */
@IntegrationTest
class BackupBenchmark {

    private static final int CLUSTERS = 300;
    private static final int RUNS = 3;
    private static final Path REPORT = Path.of("../docs/benchmarks/backup.md");

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;

    @Test
    void backupAndRestoreOfA300ClusterRegion(@TempDir Path backups) throws Exception {
        login.as(SKANE_OFFICER);
        String run = Long.toString(Instant.now().getEpochSecond(), 36);
        List<ClusterId> ids = new ArrayList<>();
        for (int i = 0; i < CLUSTERS; i++) {
            var draft = new ClusterDraft();
            draft.setName("Säkerhetskopieringskluster " + run + " " + i);
            draft.setStatus(ClusterStatus.ACTIVE);
            ids.add(clusters.create(draft));
        }
        programmes.create("Säkerhetskopiering " + run, 2021, 2027, ids);
        login.logout();

        LocalPostgres source = DevServices.runningPostgres().orElseThrow();
        var before = BackupRestoreDrillIntegrationTest.snapshot(source);
        long rows = before.values().stream().mapToLong(List::size).sum();
        long[] backupMillis = new long[RUNS];
        long[] restoreMillis = new long[RUNS];
        long dumpBytes = 0;
        for (int i = 0; i < RUNS; i++) {
            Path folder = Files.createDirectory(backups.resolve("run" + i));
            long started = System.nanoTime();
            String out = BackupRestoreDrillIntegrationTest.run(source, "infra/backup.sh", folder.toString());
            backupMillis[i] = (System.nanoTime() - started) / 1_000_000;
            Path backup = Path.of(out.strip().lines().reduce((a, b) -> b).orElseThrow());
            dumpBytes = Files.size(backup.resolve("portal.dump"));
            try (LocalPostgres fresh = LocalPostgres.start(null)) {
                started = System.nanoTime();
                BackupRestoreDrillIntegrationTest.run(fresh, "infra/restore.sh", "--replace", backup.toString());
                restoreMillis[i] = (System.nanoTime() - started) / 1_000_000;
                assertThat(BackupRestoreDrillIntegrationTest.snapshot(fresh)).isEqualTo(before);
            }
        }
        java.util.Arrays.sort(backupMillis);
        java.util.Arrays.sort(restoreMillis);
        long clustersInSkane;
        try (var connection = java.sql.DriverManager.getConnection(source.jdbcUrl(LocalPostgres.DATABASE),
                LocalPostgres.SUPERUSER, source.passwords().superuser());
             var sql = connection.createStatement();
             var rs = sql.executeQuery("SELECT count(*) FROM cluster WHERE region_code = 'skane'")) {
            rs.next();
            clustersInSkane = rs.getLong(1);
        }
        Files.writeString(REPORT, """
                # Backup and restore

                `infra/backup.sh` (pg_dump, custom format, of the portal database and of Keycloak's database) and
                `infra/restore.sh` (pg_restore in one transaction into a fresh PostgreSQL 17, started by the
                benchmark) for a region of %d clusters: Skåne's demo data plus %d added clusters with their audit
                history, in one programme; the other demo region is in the same database. Every table of the
                restored copy is compared row by row with the original (identical). Measured by
                `BackupBenchmark` (app, devservices); %d runs, median and slowest, on the build machine (2 cores,
                shared). The times include starting the client tools (PostgreSQL 17's pg_dump and pg_restore, run
                with their own C library on Debian 12) and the Keycloak database.

                | step | median (ms) | slowest (ms) |
                |---|---|---|
                | backup (`infra/backup.sh`) | %s | %s |
                | restore (`infra/restore.sh`, into an empty server) | %s | %s |

                | figure | value |
                |---|---|
                | rows in the portal database (all tables, audit tables included) | %s |
                | clusters in Skåne | %d |
                | portal.dump (compressed) | %s KiB |
                """.formatted(clustersInSkane, CLUSTERS, RUNS, spaced(backupMillis[RUNS / 2]),
                spaced(backupMillis[RUNS - 1]), spaced(restoreMillis[RUNS / 2]), spaced(restoreMillis[RUNS - 1]),
                spaced(rows), clustersInSkane, spaced(dumpBytes / 1024)));
    }

    private static String spaced(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
