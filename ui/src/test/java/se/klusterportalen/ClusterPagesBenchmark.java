package se.klusterportalen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue #19, the cluster page and the save-profile journey on Region Skala (300 clusters): per step the SQL
 * statements, entities and collections Hibernate loaded, the UI's state-tree nodes afterwards, and the median CPU
 * time and bytes allocated by the navigating thread over {@value #ROUNDS} rounds (after {@value #WARM_UP} rounds to
 * warm the JVM). The cluster has a history longer than a page (30 saves first). Statements, entities and allocation
 * do not depend on the machine's load; CPU time a little. Not part of the suite (the name does not end in Test); run
 * it by hand with
 * {@code ./mvnw -B -o -pl ui -am package -Dtest=ClusterPagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the lines starting with "CLUSTER". See docs/benchmarks/portfolio.md (the cluster page).
 */
class ClusterPagesBenchmark extends SignedInBrowserlessTest {

    private static final ScaleData.ScaleRegion LARGE = ScaleData.STANDARD.getFirst();
    private static final int WARM_UP = 10;
    private static final int ROUNDS = 15;

    @Autowired SqlStatements statements;
    @Autowired ClusterService clusters;
    @Autowired EntityManagerFactory entityManagerFactory;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(LARGE), ScaleData.SEED);
    }

    private record Figures(int statements, long entities, long collections, int nodes, long cpuNanos, long bytes) {
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void measure() {
        login.as(LARGE.code() + ".handlaggare");
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        ClusterId cluster = clusters.list().stream().map(ClusterSummary::id)
                .min(Comparator.comparing(Object::toString)).orElseThrow();
        for (int i = 0; i < 30; i++) {
            var draft = clusters.draftOf(cluster);
            draft.setDescription("Benchmark " + i + " " + System.nanoTime());
            clusters.update(cluster, clusters.profile(cluster).orElseThrow().version(), draft);
        }
        var steps = new LinkedHashMap<String, List<Figures>>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            boolean counted = round >= WARM_UP;
            navigate("programmes", Component.class); // a page not measured, so each step starts from elsewhere
            record(steps, counted, "cluster page", () -> navigate("clusters/" + cluster, Component.class));
            navigate("programmes", Component.class);
            record(steps, counted, "save: open form", () -> navigate("clusters/" + cluster + "/edit", Component.class));
            var description = $(TextArea.class).id("edit-description");
            record(steps, counted, "save: edit", () -> test(description).setValue("Benchmark " + System.nanoTime()));
            record(steps, counted, "save: submit and cluster page", () -> test($(Button.class).id("cluster-save")).click());
        }
        steps.forEach((step, all) -> {
            var last = all.getLast();
            System.out.printf("CLUSTER %s: statements=%d entities=%d collections=%d stateNodes=%d cpuMs(median)=%.1f "
                            + "allocatedKB(median)=%d%n", step, last.statements(), last.entities(), last.collections(),
                    last.nodes(), median(all.stream().map(Figures::cpuNanos).toList()) / 1e6,
                    median(all.stream().map(Figures::bytes).toList()) / 1024);
        });
    }

    private void record(Map<String, List<Figures>> steps, boolean counted, String step, Runnable action) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        int sql = statements.during(() -> {
            action.run();
            roundTrip(); // what the answer to the browser would be built from
        }).size();
        bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        long entities = statistics.getEntityLoadCount();
        long collections = statistics.getCollectionLoadCount();
        statistics.setStatisticsEnabled(false);
        int[] nodes = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        if (counted) {
            steps.computeIfAbsent(step, s -> new ArrayList<>())
                    .add(new Figures(sql, entities, collections, nodes[0], cpu, bytes));
        }
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
