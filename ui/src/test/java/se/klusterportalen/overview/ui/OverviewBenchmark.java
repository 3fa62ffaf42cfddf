package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue #19, the overview at Region Skala's scale (the scale data set's 300 clusters, {@link ScaleData}): SQL
 * statements, transactions and rows per navigation to the overview, the server time and CPU time of building it
 * (median of {@value #RUNS} after {@value #WARM_UP} warm-up navigations) and the state-tree nodes a UI showing it
 * holds, for a programme officer and a politician. Figures, not assertions: not part of the suite (the name does
 * not end in Test); run it by hand with
 * {@code ./mvnw -B -o -pl ui -am package -Dtest=OverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code ui/target/overview-figures.txt} (also printed). docs/benchmarks/overview.md has the figures.
 */
class OverviewBenchmark extends SignedInBrowserlessTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Autowired ScaleData data;
    @Autowired SqlStatements statements;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired se.klusterportalen.base.ui.SharedMarkup sharedMarkup;

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theOverviewOfThreeHundredClusters() throws Exception {
        var region = ScaleData.STANDARD.getFirst();
        data.generate(List.of(region), ScaleData.SEED);
        var figures = new StringBuilder("overview, %s (%d clusters)%n".formatted(region.name(), region.clusters()));
        for (String role : List.of("handlaggare", "politiker")) {
            figures.append(measure(region.code() + "." + role));
        }
        figures.append(aggregates());
        figures.append("load average (1 min): %.1f, processors: %d%n".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        System.out.println(figures);
        Files.writeString(Path.of("target", "overview-figures.txt"), figures);
    }

    private String measure(String username) {
        login.as(username);
        cleanVaadinEnvironment(); // a new session and UI for this user, as after signing in
        initVaadinEnvironment();
        navigate("programmes", Component.class); // the first visit of "" would forward a cluster manager
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < WARM_UP; i++) {
            toOverview();
        }
        // one navigation counted: statements, transactions, rows
        navigate("programmes", Component.class);
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        int sql = statements.during(() -> navigate("", Component.class)).size();
        long transactions = statistics.getTransactionCount();
        long rows = rows(statistics);
        long entities = statistics.getEntityLoadCount();
        long collections = statistics.getCollectionLoadCount();
        statistics.setStatisticsEnabled(false);
        int nodes = stateNodes();
        int markup = heatMapMarkup();
        var threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            navigate("programmes", Component.class);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            navigate("", Component.class);
            wall[run] = (System.nanoTime() - start) / 1_000;
            cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return """
                %s: SQL statements %d, transactions %d, rows read by queries %d, entities loaded %d, collections \
                loaded %d; state-tree nodes of the UI on the overview %d (heat map markup %d characters); \
                overview server time median %.1f ms (fastest %.1f, slowest %.1f), CPU time of the thread median \
                %.1f ms (fastest %.1f, slowest %.1f), %d runs after %d warm-up
                """.formatted(username, sql, transactions, rows, entities, collections, nodes, markup,
                wall[RUNS / 2] / 1000.0, wall[0] / 1000.0, wall[RUNS - 1] / 1000.0, cpu[RUNS / 2] / 1000.0,
                cpu[0] / 1000.0, cpu[RUNS - 1] / 1000.0, RUNS, WARM_UP);
    }

    /**
     * The overview's figures as aggregate SQL, the statements of {@code infra/load/overview-aggregates.sql} (between
     * its {@code \timing} lines) run over JDBC in one read-only transaction under row-level security as the signed-in
     * officer of the region (the portal's connection and role): median of {@value #RUNS} after {@value #WARM_UP}.
     */
    private String aggregates() throws Exception {
        String script = Files.readString(Path.of("..", "infra", "load", "overview-aggregates.sql"));
        String body = script.substring(script.indexOf("\\timing on") + "\\timing on".length(),
                script.indexOf("\\timing off"));
        List<String> queries = Arrays.stream(body.split(";")).map(String::strip)
                .map(query -> query.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
                        .strip())
                .filter(query -> !query.isEmpty()).toList();
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        long[] micros = new long[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            readOnly.executeWithoutResult(status -> queries.forEach(query -> jdbc.queryForList(query)));
            if (run >= 0) {
                micros[run] = (System.nanoTime() - start) / 1_000;
            }
        }
        Arrays.sort(micros);
        return "aggregate SQL of infra/load/overview-aggregates.sql (%d statements, one transaction, JDBC): median "
                .formatted(queries.size()) + "%.1f ms (fastest %.1f, slowest %.1f)%n".formatted(
                micros[RUNS / 2] / 1000.0, micros[0] / 1000.0, micros[RUNS - 1] / 1000.0);
    }

    private void toOverview() {
        navigate("programmes", Component.class);
        navigate("", Component.class);
    }

    private static long rows(Statistics statistics) {
        return Arrays.stream(statistics.getQueries())
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionRowCount()).sum();
    }

    /** Every state node of the current UI (the components' elements, their lists and maps). */
    private static int stateNodes() {
        var count = new AtomicInteger();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }

    /**
     * The characters of the phase panel's markup (with the heat map): fetched by the browser from its address since
     * issue #19's "markup address" (ADR 0093), before that the heat map's {@code innerHTML} property.
     */
    private int heatMapMarkup() {
        return markup(getCurrentView().getElement());
    }

    private int markup(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return 0;
        }
        if (element.hasAttribute("data-markup")) {
            return sharedMarkup.at(element.getAttribute("data-markup")).map(String::length).orElse(0);
        }
        if ("overview-phases-heatmap".equals(element.getAttribute("id")) && element.hasProperty("innerHTML")) {
            return element.getProperty("innerHTML", "").length();
        }
        return element.getChildren().mapToInt(this::markup).sum();
    }
}
