package se.klusterportalen.overview.ui;

import com.sun.management.ThreadMXBean;
import com.vaadin.flow.component.Component;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.base.ui.OverviewPanel;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Issue #19, the overview's cache miss (ADR 0092): what the first navigation to the overview after a change costs
 * for Region Skala (the scale data set's 300 clusters, {@link ScaleData}), as its programme officer. Every round
 * commits a change the overview shows (a planned co-funding amount of this year in a cluster's plan: the money panel
 * and the data version), then navigates to the overview: CPU time and bytes allocated by the request's thread and
 * SQL statements of that navigation, median of {@value #RUNS} after {@value #WARM_UP} warm-up rounds. Then each
 * visible panel's {@code read} alone (in one read-only transaction, so nothing is cached) with its CPU and
 * allocation. With {@code -Dmiss.jfr=true} the measured rounds are recorded by JFR (profile settings) into
 * {@code ui/target/overview-miss.jfr} ({@code jfr view hot-methods}). Figures, not assertions: not part of the suite;
 * run it with {@code ./mvnw -B -o -pl ui -am package -Dtest=OverviewMissBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code ui/target/overview-miss-figures.txt}. docs/benchmarks/overview.md has the figures.
 */
class OverviewMissBenchmark extends SignedInBrowserlessTest {

    private static final int WARM_UP = 10;
    private static final int RUNS = 21;

    @Autowired ScaleData data;
    @Autowired SqlStatements statements;
    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;
    @Autowired PlatformTransactionManager transactions;
    @Autowired List<OverviewPanel<?>> panels;
    @Autowired Clock clock;
    @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private long change;

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theFirstOverviewAfterAChange() throws Exception {
        var region = ScaleData.STANDARD.getFirst();
        data.generate(List.of(region), ScaleData.SEED);
        login.as(region.code() + ".handlaggare");
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate("programmes", Component.class); // the first visit of "" would forward a cluster manager
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            changeAndOpen();
        }
        Optional<Recording> recording = Boolean.getBoolean("miss.jfr")
                ? Optional.of(new Recording(Configuration.getConfiguration("profile"))) : Optional.empty();
        recording.ifPresent(Recording::start);
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long[] cpu = new long[RUNS];
        long[] allocated = new long[RUNS];
        long[] wall = new long[RUNS];
        int[] sql = new int[RUNS];
        List<String> last = List.of();
        for (int run = 0; run < RUNS; run++) {
            changeSomethingShown();
            navigate("programmes", Component.class);
            long id = Thread.currentThread().threadId();
            long startCpu = threads.getCurrentThreadCpuTime();
            long startBytes = threads.getThreadAllocatedBytes(id);
            long start = System.nanoTime();
            last = statements.during(() -> navigate("", Component.class));
            sql[run] = last.size();
            wall[run] = System.nanoTime() - start;
            cpu[run] = threads.getCurrentThreadCpuTime() - startCpu;
            allocated[run] = threads.getThreadAllocatedBytes(id) - startBytes;
        }
        statistics.setStatisticsEnabled(false);
        var queries = new StringBuilder("queries of the measured misses (Hibernate statistics: executions, rows returned):\n");
        Arrays.stream(statistics.getQueries()).map(query -> java.util.Map.entry(query, statistics.getQueryStatistics(query)))
                .sorted(Comparator.comparingLong(e -> -e.getValue().getExecutionRowCount()))
                .forEach(e -> queries.append("  %d× %d rows: %s%n".formatted(e.getValue().getExecutionCount(),
                        e.getValue().getExecutionRowCount(), abbreviated(e.getKey()))));
        recording.ifPresent(r -> {
            r.stop();
            try {
                r.dump(Path.of("target", "overview-miss.jfr"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var figures = new StringBuilder("overview miss, %s (%d clusters), skala.handlaggare%n".formatted(region.name(),
                region.clusters()));
        figures.append("navigation after a change (%d runs after %d warm-up): CPU of the thread %s ms, allocated %s MB, wall %s ms, SQL statements %s%n"
                .formatted(RUNS, WARM_UP, ms(cpu), mb(allocated), ms(wall), Arrays.toString(
                        Arrays.stream(sql).distinct().toArray())));
        figures.append(queries);
        figures.append(perPanel(threads));
        figures.append("statements of the last miss:\n");
        for (String statement : last) {
            figures.append("  ").append(statement.length() > 300 ? statement.substring(0, 300) + "…" : statement)
                    .append('\n');
        }
        figures.append("load average (1 min): %.1f, processors: %d%n".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        System.out.println(figures);
        Files.writeString(Path.of("target", "overview-miss-figures.txt"), figures);
        changeSomethingShown(); // Skala's overview cached here is stale now: a test after this one reads it afresh

    }

    /** Each visible panel's read alone, in a read-only transaction (nothing cached inside it). */
    private String perPanel(ThreadMXBean threads) {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        var scope = new OverviewPanel.Scope(Optional.empty(), programmes.list());
        var text = new StringBuilder();
        long id = Thread.currentThread().threadId();
        for (OverviewPanel<?> panel : panels.stream().filter(OverviewPanel::visible)
                .sorted(Comparator.comparingInt(OverviewPanel::order)).toList()) {
            long[] cpu = new long[RUNS];
            long[] allocated = new long[RUNS];
            long[] wall = new long[RUNS];
            int[] sql = new int[RUNS];
            for (int run = -WARM_UP; run < RUNS; run++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                long startBytes = threads.getThreadAllocatedBytes(id);
                int n = statements.during(() -> readOnly.executeWithoutResult(status -> panel.read(scope))).size();
                if (run >= 0) {
                    cpu[run] = threads.getCurrentThreadCpuTime() - startCpu;
                    allocated[run] = threads.getThreadAllocatedBytes(id) - startBytes;
                    sql[run] = n;
                    wall[run] = System.nanoTime() - start;
                }
            }
            text.append("  %s.read: CPU %s ms, allocated %s MB, wall %s ms, SQL %s%n".formatted(
                    panel.getClass().getSimpleName().replaceAll("\\$.*", ""), ms(cpu), mb(allocated), ms(wall),
                    Arrays.toString(Arrays.stream(sql).distinct().toArray())));
        }
        return text.toString();
    }

    private void changeAndOpen() {
        changeSomethingShown();
        navigate("programmes", Component.class);
        navigate("", Component.class);
    }

    /** A planned co-funding amount of this year in one cluster's plan, a different one each time (committed). */
    private void changeSomethingShown() {
        ProgrammeSummary programme = programmes.list().getFirst();
        ClusterId cluster = programme.clusters().stream().min(Comparator.comparing(ClusterId::toString)).orElseThrow();
        var plan = funding.clusterPlan(programme.id(), cluster);
        var base = plan.baseStream().map(stream -> stream.id()).orElse(null);
        int year = Math.clamp(LocalDate.now(clock).getYear(), programme.startYear(), programme.endYear());
        var other = plan.amounts().stream().filter(amount -> amount.year() == year && !amount.stream().equals(base))
                .min(Comparator.comparing(amount -> amount.stream().toString())).orElseThrow();
        change++;
        var amounts = plan.amounts().stream().map(amount -> amount.equals(other)
                ? new FundingAmountValue(amount.stream(), year, amount.planned() + (change % 2 == 1 ? 1_000 : -1_000),
                amount.actual()) : amount).toList();
        funding.savePlan(programme.id(), cluster, plan.version(), amounts, plan.tapering());
    }

    private static String abbreviated(String query) {
        String line = query.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** "median (fastest–slowest)" in milliseconds. */
    private static String ms(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "%.1f (%.1f–%.1f)".formatted(sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static String mb(long[] bytes) {
        long[] sorted = bytes.clone();
        Arrays.sort(sorted);
        return "%.2f (%.2f–%.2f)".formatted(sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
