package se.klusterportalen.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.IntegrationTest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the scale data set (issue #19) takes to generate: {@link ScaleData#STANDARD} with {@link ScaleData#SEED}
 * into the fresh PostgreSQL and Keycloak of the test profile. Not part of the suite (the name does not end in Test):
 * {@code ./mvnw -pl app test -Dtest='ScaleDataBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}. Writes
 * {@code docs/benchmarks/scale-data.md}.
 */
@IntegrationTest
class ScaleDataBenchmark {

    private static final Path REPORT = Path.of("../docs/benchmarks/scale-data.md");

    @Autowired ScaleData data;

    @Test
    void generateTheStandardDataSet() throws Exception {
        long started = System.nanoTime();
        var generated = data.generate(ScaleData.STANDARD, ScaleData.SEED);
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        long againStarted = System.nanoTime();
        var again = data.generate(ScaleData.STANDARD, ScaleData.SEED);
        long againMillis = (System.nanoTime() - againStarted) / 1_000_000;
        assertThat(generated).allMatch(ScaleData.Generated::created);
        assertThat(again).noneMatch(ScaleData.Generated::created);

        var table = new StringBuilder();
        long rows = 0;
        long dataMillis = 0;
        long accountMillis = 0;
        for (var region : generated) {
            table.append("| `%s` | %d | %s | %s | %s |%n".formatted(region.code(), region.clusters(),
                    spaced(region.rows()), spaced(region.dataMillis()), spaced(region.accountMillis())));
            rows += region.rows();
            dataMillis += region.dataMillis();
            accountMillis += region.accountMillis();
        }
        table.append("| all ten | %d | %s | %s | %s |%n".formatted(generated.stream()
                .mapToInt(ScaleData.Generated::clusters).sum(), spaced(rows), spaced(dataMillis), spaced(accountMillis)));
        Files.writeString(REPORT, """
                # Scale data set: generation time

                `ScaleData.generate(ScaleData.STANDARD, ScaleData.SEED)` (app, `demo`) into an empty database: Region
                Skala with 300 clusters and nine regions of 30, each with profiles, areas, ten years of member counts, a
                ten-year programme with four funding streams per cluster, three fixed assessment rounds with every
                answer, label histories, goals, milestones and indicator values, plus one "added" audit row per
                generated row; and three Keycloak accounts per region. Measured by `ScaleDataBenchmark` on the build
                machine (2 cores shared with other builds: load average %.1f at the end), %s. Rows include the audit
                rows; "data" is the region row plus every table's rows in one transaction, "accounts" the three
                Keycloak accounts (admin API, one user at a time).

                | region | clusters | rows | data (ms) | accounts (ms) |
                |---|---|---|---|---|
                %s
                Whole run (data and accounts of all ten regions): %s ms. A second run, which finds every region
                generated and leaves it as it is (accounts too): %s ms.
                """.formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), LocalDate.now(),
                table, spaced(totalMillis), spaced(againMillis)));
    }

    private static String spaced(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
