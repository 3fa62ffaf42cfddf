package se.klusterportalen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.report.ReportService;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #19: opening a main page issues as many SQL statements for the scale data set's Region Skala (300 clusters,
 * {@link ScaleData}) as for a region of 10 clusters generated the same way — no statement per cluster, assessment,
 * plan or label (N+1). Counts, not times: speed is measured by the benchmarks and the load harness. Both regions are
 * generated once per test JVM (committed; a few seconds) and read as their programme officer, each page in a new UI,
 * every service call in its own transaction as in a request.
 */
class PageStatementsBrowserlessTest extends SignedInBrowserlessTest {

    private static final ScaleData.ScaleRegion LARGE = ScaleData.STANDARD.getFirst();
    private static final ScaleData.ScaleRegion SMALL = new ScaleData.ScaleRegion("skala-tio", "Region Skala tio", 10);

    /** Description saves of the cluster page's cluster before its page is counted: 50+ profile revisions. */
    private static final int LONG_HISTORY = 50;

    @Autowired SqlStatements statements;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired ReportService reports;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(LARGE, SMALL), ScaleData.SEED);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theMainPagesIssueAsManyStatementsForThreeHundredClustersAsForTen() {
        Map<String, Integer> small = countPerPage(SMALL);
        Map<String, Integer> large = countPerPage(LARGE);
        System.out.println("Statements per page, " + SMALL.clusters() + " clusters: " + small);
        System.out.println("Statements per page, " + LARGE.clusters() + " clusters: " + large);

        assertThat(large.remove("portfolio next page")).as("a later page costs what the first after a sort does")
                .isEqualTo(large.get("portfolio sort"));
        assertThat(large).isEqualTo(small);
    }

    /**
     * The cluster page shows the newest entries of its history and "show older": its statements do not grow with the
     * history: the same for a cluster with 45 saves and with 75 (a page of 20 and "show older" to 40; the areas of all
     * profile revisions shown are read in one statement, not one per revision as Envers reads an audited collection).
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theClusterPageIssuesAsManyStatementsForALongHistoryAsForAShortOne() {
        login.as(LARGE.code() + ".handlaggare");
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        var cluster = clusters.list().stream().map(ClusterSummary::id).max(Comparator.comparing(Object::toString))
                .orElseThrow(); // one no other test looks at
        save(cluster, 45);
        navigate("programmes", Component.class);
        int shorter = statements.during(() -> navigate("clusters/" + cluster, Component.class)).size();
        assertThat($(Div.class).withClassName("cluster-history-entry").all()).hasSize(20);
        var older = $(Button.class).id("cluster-history-older");
        assertThat(older.isVisible()).isTrue();
        int olderClick = statements.during(() -> test(older).click()).size();
        assertThat($(Div.class).withClassName("cluster-history-entry").all()).hasSize(40);

        save(cluster, 30);
        navigate("programmes", Component.class);
        int longer = statements.during(() -> navigate("clusters/" + cluster, Component.class)).size();
        int longerOlderClick = statements.during(() -> test($(Button.class).id("cluster-history-older")).click())
                .size();
        System.out.println("Cluster page statements, 45 and 75 saves: " + shorter + ", " + longer
                + "; show older: " + olderClick + ", " + longerOlderClick);

        assertThat(longer).isEqualTo(shorter);
        assertThat(longerOlderClick).isEqualTo(olderClick);
        assertThat($(Div.class).withClassName("cluster-history-entry").all()).hasSize(40);
        assertThat($(Button.class).id("cluster-history-older").isVisible()).isTrue();
    }

    /** {@code times} saves of the cluster's description, each a change in its history. */
    private void save(se.klusterportalen.cluster.ClusterId cluster, int times) {
        for (int i = 0; i < times; i++) {
            var draft = clusters.draftOf(cluster);
            draft.setDescription("Ändring " + i + " " + System.nanoTime());
            clusters.update(cluster, clusters.profile(cluster).orElseThrow().version(), draft);
        }
    }

    private Map<String, Integer> countPerPage(ScaleData.ScaleRegion region) {
        login.as(region.code() + ".handlaggare");
        cleanVaadinEnvironment(); // a new session and UI for this user, as after signing in
        initVaadinEnvironment();
        assertThat(clusters.list()).hasSize(region.clusters());
        var programme = programmes.list().getFirst().id();
        var cluster = clusters.list().stream().map(ClusterSummary::id).min((a, b) -> Collator
                .getInstance(Locale.of("sv", "SE")).compare(clusters.find(a).orElseThrow().name(),
                        clusters.find(b).orElseThrow().name())).orElseThrow();
        // the cluster page's cluster with a long history (more profile revisions than the page shows, each naming
        // its areas): the same statements in both regions, whatever the history's length (the other test)
        save(cluster, LONG_HISTORY);
        var pages = new LinkedHashMap<String, String>();
        pages.put("overview", "");
        pages.put("portfolio", "clusters");
        pages.put("cluster page", "clusters/" + cluster);
        pages.put("programme", "programmes/" + programme);
        pages.put("programme funding", "funding/programmes/" + programme);
        pages.put("assessment matrix", "assessments/matrix");
        var counts = new LinkedHashMap<String, Integer>();
        pages.forEach((page, location) -> {
            navigate("programmes", Component.class); // a page not measured, so each count starts from elsewhere
            counts.put(page, statements.during(() -> {
                navigate(location, Component.class);
                if (page.equals("programme funding") || page.equals("assessment matrix")) {
                    roundTrip(); // their lazy grids fetch the first rows, as for a browser
                }
            }).size());
            if (page.equals("cluster page")) {
                // the newest page of its history is shown, and older entries exist
                assertThat($(Div.class).withClassName("cluster-history-entry").all()).hasSize(20);
                assertThat($(Button.class).id("cluster-history-older").isVisible()).isTrue();
                counts.put("cluster page: show older", statements.during(() ->
                        test($(Button.class).id("cluster-history-older")).click()).size());
                assertThat($(Div.class).withClassName("cluster-history-entry").all()).hasSize(40);
            }
            if (page.equals("overview")) {
                // again while nothing changed: served from the overview's cache (ADR 0092), only its data version
                navigate("programmes", Component.class);
                counts.put("overview again", statements.during(() -> navigate(location, Component.class)).size());
            }
            if (page.equals("portfolio")) {
                var list = $(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("cluster-list");
                var change = filterChange(list);
                counts.put("portfolio filter", statements.during(() -> change.accept("kluster")).size());
                change.accept(""); // the sorts below on the whole region
                // the table's header clicks and pager (ADR 0097): a sort, then a later page
                var click = listClick(list);
                counts.put("portfolio sort", statements.during(() -> click.accept("sector", null)).size());
                if (region.clusters() > 50) { // a second page (the small region's next button is off)
                    counts.put("portfolio next page", statements.during(() -> click.accept(null, "1")).size());
                }
                // every column sorts in the database: ECCP, the current label and the phase too (no whole-region load)
                for (String key : List.of("eccp", "contributed-label.column.current",
                        "contributed-assessment.column.phase")) {
                    counts.put("portfolio sort " + key, statements.during(() -> click.accept(key, null)).size());
                }
            }
            if (page.equals("assessment matrix")) {
                @SuppressWarnings("unchecked")
                Grid<Object> grid = $(Grid.class).id("matrix-phases");
                counts.put("assessment matrix sort", statements.during(() -> {
                    grid.sort(GridSortOrder.desc(grid.getColumnByKey("F")).build());
                    roundTrip();
                }).size());
                var anonymous = $(com.vaadin.flow.component.checkbox.Checkbox.class).id("matrix-anonymous");
                counts.put("assessment matrix names hidden", statements.during(() -> {
                    test(anonymous).click();
                    roundTrip();
                }).size());
            }
        });
        // the save-profile journey: open the form, edit the description, save (then the cluster page opens)
        navigate("programmes", Component.class);
        counts.put("save: open form", statements.during(() ->
                navigate("clusters/" + cluster + "/edit", Component.class)).size());
        var description = $(TextArea.class).id("edit-description");
        counts.put("save: edit", statements.during(() ->
                test(description).setValue("Beskrivning " + System.nanoTime())).size());
        // without the sequence's nextval: Hibernate takes a block of revision numbers now and then, not per save
        counts.put("save: submit and cluster page", (int) statements.during(() ->
                test($(Button.class).id("cluster-save")).click()).stream()
                .filter(sql -> !sql.contains("nextval")).count());
        counts.put("report data (workbook)", statements.during(() ->
                reports.workbook(Optional.of(programme), Locale.of("sv", "SE"))).size());
        return counts;
    }

    /** The portfolio's search field changed in the browser, as its filters' listener receives it. */
    private static java.util.function.Consumer<String> filterChange(Component list) {
        return text -> {
            var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            data.put("!!event.target.name", true);
            data.put("event.target.name", "text");
            data.put("event.target.value", text);
            var filters = list.getChildren().filter(child -> child.getId().orElse("").equals("cluster-filters"))
                    .findFirst().orElseThrow().getElement();
            filters.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                    .fireEvent(new com.vaadin.flow.dom.DomEvent(filters, "change", data));
        };
    }

    /** A click on the portfolio table's header ({@code sort}) or pager button ({@code page}) as the browser sends it. */
    private static java.util.function.BiConsumer<String, String> listClick(Component list) {
        return (sort, page) -> {
            var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            data.put("event.target.closest('[data-sort],[data-page]:not([disabled])') !== null", true);
            if (sort != null) {
                data.put("event.target.closest('[data-sort]')?.dataset.sort", sort);
            }
            if (page != null) {
                data.put("event.target.closest('[data-page]')?.dataset.page", page);
            }
            var table = list.getChildren().filter(child -> child.getId().orElse("").equals("cluster-table"))
                    .findFirst().orElseThrow().getElement();
            table.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                    .fireEvent(new com.vaadin.flow.dom.DomEvent(table, "click", data));
        };
    }
}
