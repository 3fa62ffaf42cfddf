package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the portfolio table costs on Region Skala (300 clusters) per step, as the programme officer, in figures that do
 * not depend on the machine's load: SQL statements, state-tree nodes (the whole UI, the table's part), bytes allocated
 * and CPU time of the test's thread (the server's work of the step: Vaadin builds the page and, on a cache miss, the
 * table's markup in this thread). After the first round every page comes from the shared cache (ADR 0097), as for
 * every session but the first to ask for it at a data version. Each step {@value #ROUNDS} times after {@value #WARM_UP} warm-up rounds; prints medians. Not part of
 * the test suite (a benchmark); figures in docs/benchmarks/portfolio.md.
 *
 * <pre>./mvnw -B -o -pl ui -am package -Dtest=PortfolioGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class PortfolioGridBenchmark extends SignedInBrowserlessTest {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 30;

    @Autowired SqlStatements statements;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(ScaleData.STANDARD.getFirst()), ScaleData.SEED);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void portfolioStepsOnRegionSkala() {
        login.as("skala.handlaggare");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, List<long[]>> samples = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            cleanVaadinEnvironment();
            initVaadinEnvironment();
            navigate("programmes", Component.class);
            roundTrip();
            boolean kept = round >= WARM_UP;
            measure(samples, kept, "open (page and first rows)", threads, () -> {
                navigate("clusters", Component.class);
                roundTrip();
            });
            var view = $(ClusterListView.class).single();
            measure(samples, kept, "filter \"a\" (and its first rows)", threads, () -> {
                PortfolioPage.change(view, "text", "a");
                roundTrip();
            });
            measure(samples, kept, "sort by sector (and its first rows)", threads, () -> {
                PortfolioPage.click(view, "sort", "sector");
                roundTrip();
            });
            measure(samples, kept, "sort by phase (and its first rows)", threads, () -> {
                PortfolioPage.click(view, "sort", "contributed-assessment.column.phase");
                roundTrip();
            });
            measure(samples, kept, "next page", threads, () -> {
                PortfolioPage.click(view, "page", "1");
                roundTrip();
            });
        }
        samples.forEach((step, values) -> System.out.printf(
                "Portfolio step %-42s statements=%d stateNodes=%d tableNodes=%d allocatedKB=%d cpuMs=%.1f%n", step,
                median(values, 0), median(values, 1), median(values, 2), median(values, 3) / 1024,
                median(values, 4) / 1e6));
        // what the UI's state tree holds after the steps, by the component that owns each node
        var owners = new TreeMap<String, Integer>();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
            String owner = node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)
                    ? com.vaadin.flow.dom.Element.get(node).getComponent().map(c -> c.getClass().getSimpleName())
                    .orElse(com.vaadin.flow.dom.Element.get(node).getTag()) : "(no element)";
            owners.merge(owner, 1, Integer::sum);
        });
        System.out.println("Portfolio state nodes by owner: " + owners);
        System.out.println("Portfolio DOM event listeners by owner and event: " + domListeners());
        System.out.println("Portfolio statements when opening: " + statements.during(() -> {
            navigate("programmes", Component.class);
            roundTrip();
            navigate("clusters", Component.class);
            roundTrip();
        }));
    }

    /**
     * The DOM event listeners the UI's elements hold (each costs a {@code DomEventListenerWrapper}, and each event
     * type of an element a {@code ConstantPoolKey} with a Jackson {@code ObjectNode} of its settings), counted by the
     * component that owns the element and the event's type; read by reflection (Vaadin keeps them private).
     */
    private static java.util.SortedMap<String, Integer> domListeners() {
        var counts = new TreeMap<String, Integer>();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
            if (!node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)) {
                return;
            }
            var map = node.getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class);
            if (map.isEmpty()) {
                return;
            }
            try {
                var field = com.vaadin.flow.internal.nodefeature.ElementListenerMap.class.getDeclaredField("listeners");
                field.setAccessible(true);
                var listeners = (Map<?, ?>) field.get(map.get());
                if (listeners == null) {
                    return;
                }
                var element = com.vaadin.flow.dom.Element.get(node);
                String owner = element.getComponent().map(c -> c.getClass().getSimpleName()).orElse(element.getTag());
                listeners.forEach((type, wrappers) -> counts.merge(owner + " " + type, ((List<?>) wrappers).size(),
                        Integer::sum));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return counts;
    }

    private void measure(Map<String, List<long[]>> samples, boolean kept, String step,
                         com.sun.management.ThreadMXBean threads, Runnable work) {
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        int sql = statements.during(work).size();
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        if (!kept) {
            return;
        }
        int[] nodes = {0, 0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        $(ClusterListView.class).single().table.getElement().getNode().visitNodeTree(node -> nodes[1]++);
        samples.computeIfAbsent(step, key -> new java.util.ArrayList<>())
                .add(new long[] {sql, nodes[0], nodes[1], allocated, cpu});
    }

    private static long median(List<long[]> values, int index) {
        return values.stream().mapToLong(value -> value[index]).sorted().skip(values.size() / 2).findFirst()
                .orElseThrow();
    }
}
