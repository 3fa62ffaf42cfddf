package se.klusterportalen.cluster.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.cluster.PortfolioRow;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio table (issue #19, ADR 0097) on the scale data set's Region Skala (300 clusters, six pages of 50): the
 * database filters, sorts and pages, and the rows come out as a Swedish reader expects them (å, ä, ö after z).
 */
class PortfolioGridScaleBrowserlessTest extends SignedInBrowserlessTest {

    private static final String OFFICER = "skala.handlaggare";
    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv", "SE"));

    @Autowired ClusterService clusters;
    @Autowired se.klusterportalen.assessment.AssessmentService assessments;
    @Autowired se.klusterportalen.testsupport.SqlStatements statements;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(ScaleData.STANDARD.getFirst()), ScaleData.SEED);
    }

    @Test
    @SignedInAs(OFFICER)
    void allThreeHundredClustersByNameInSwedishOrderAlsoPastTheFirstPage() {
        var view = navigate(ClusterListView.class);
        var expected = clusters.list().stream().map(ClusterSummary::name).sorted(SWEDISH).toList();

        assertThat(view.total()).isEqualTo(300);
        assertThat(view.count.getText()).isEqualTo("300 kluster");
        assertThat(view.shownTable().get("Namn")).containsExactlyElementsOf(expected);
        var shown = new java.util.ArrayList<String>();
        for (int number = 0; number < 6; number++) {
            var page = PortfolioPage.of(view);
            assertThat(page.size()).isEqualTo(50);
            assertThat(page.range()).isEqualTo((number * 50 + 1) + "–" + (number * 50 + 50) + " av 300");
            assertThat(page.pager().select("button[data-page]").get(0).hasAttr("disabled")).as("previous")
                    .isEqualTo(number == 0);
            assertThat(page.pager().select("button[data-page]").get(1).hasAttr("disabled")).as("next")
                    .isEqualTo(number == 5);
            shown.addAll(page.column("Namn"));
            PortfolioPage.click(view, "page", Integer.toString(number + 1));
        }
        assertThat(view.page()).as("no page past the last").isEqualTo(5);
        assertThat(shown).as("page after page: every cluster once, in order").containsExactlyElementsOf(expected);
        PortfolioPage.click(view, "page", "4");
        assertThat(PortfolioPage.of(view).range()).isEqualTo("201–250 av 300");
        assertThat(expected.indexOf("Digitaliseringsnavet Zäta")).as("Å, Ä and Ö come after Z")
                .isLessThan(expected.indexOf("Digitaliseringsnavet Åby"));
        assertThat(expected.indexOf("Digitaliseringsnavet Åby"))
                .isLessThan(expected.indexOf("Digitaliseringsnavet Ängelholm"));
        assertThat(expected.indexOf("Digitaliseringsnavet Ängelholm"))
                .isLessThan(expected.indexOf("Digitaliseringsnavet Örby"));
    }

    @Test
    @SignedInAs(OFFICER)
    void sortingBySectorDescendingKeepsNamesInOrderWithinASector() {
        var view = navigate(ClusterListView.class);

        view.sortBy("sector");
        view.sortBy("sector");

        var expected = clusters.list().stream().sorted(Comparator
                .comparing((ClusterSummary c) -> Objects.toString(c.sector(), ""), SWEDISH.reversed())
                .thenComparing(ClusterSummary::name, SWEDISH)).map(ClusterSummary::name).toList();
        assertThat(view.shownTable().get("Namn")).containsExactlyElementsOf(expected);
        assertThat(PortfolioPage.of(view).cell(0, 1)).isEqualTo("Tillverkning");
        assertThat(PortfolioPage.of(view).column("Namn")).containsExactlyElementsOf(expected.subList(0, 50));
    }

    @Test
    @SignedInAs(OFFICER)
    void sortingByMembersPutsTheLargestFirst() {
        var view = navigate(ClusterListView.class);

        view.sortBy("members");
        view.sortBy("members");

        int largest = clusters.portfolio().stream().map(PortfolioRow::latestMembers)
                .mapToInt(members -> members.orElse(-1)).max().orElseThrow();
        assertThat(PortfolioPage.of(view).cell(0, 4).replace("\u00a0", "")).isEqualTo(Integer.toString(largest));
    }

    @Test
    @SignedInAs(OFFICER)
    void theSearchFieldFindsPartsOfNamesWithÅÄÖInAnyCase() {
        var view = navigate(ClusterListView.class);

        PortfolioPage.change(view, "text", "ÅBY");

        var expected = clusters.list().stream().map(ClusterSummary::name).filter(name -> name.contains("Åby"))
                .sorted(SWEDISH).toList();
        assertThat(expected).isNotEmpty();
        assertThat(view.shownTable().get("Namn")).containsExactlyElementsOf(expected);
        assertThat(PortfolioPage.of(view).column("Namn")).containsExactlyElementsOf(expected);
        assertThat(view.count.getText()).isEqualTo(expected.size() + " kluster");

        PortfolioPage.change(view, "text", "hälsa och vård");
        assertThat(view.shownTable().get("Bransch/tema")).isNotEmpty().containsOnly("Hälsa och vård");
    }

    @Test
    @SignedInAs(OFFICER)
    void sortingByPhaseOrdersByTheShownPhaseThenByNameAlsoPastTheFirstPage() {
        var view = navigate(ClusterListView.class);
        view.sortBy("contributed-assessment.column.phase");
        assertThat(view.sortKey()).as("the phase sorts").isEqualTo("contributed-assessment.column.phase");

        var table = view.shownTable();
        List<String> phases = table.get("Fas");
        System.out.println("Phases by phase: " + phases);
        assertThat(new java.util.HashSet<>(phases)).as("several phases, ties among them").hasSizeGreaterThan(3);
        assertThat(phases).hasSize(300);
        assertSortedBy(table.get("Namn"), phases, PortfolioGridScaleBrowserlessTest::phaseRank);
        // the column's phases (computed in the database) are those of the Java rules (PhaseRules) for every cluster
        var all = clusters.list();
        var evaluated = assessments.latestFixed(all.stream().map(ClusterSummary::id).toList());
        var expected = new java.util.HashMap<String, String>();
        all.forEach(cluster -> expected.put(cluster.name(), evaluated.containsKey(cluster.id())
                ? evaluated.get(cluster.id()).evaluation().overallMarked() : ""));
        for (int i = 0; i < phases.size(); i++) {
            assertThat(phases.get(i)).as(table.get("Namn").get(i)).isEqualTo(expected.get(table.get("Namn").get(i)));
        }
        PortfolioPage.click(view, "page", "2");
        assertThat(PortfolioPage.of(view).column("Fas")).containsExactlyElementsOf(phases.subList(100, 150));
        assertThat(PortfolioPage.of(view).cell(20, 0)).isEqualTo(table.get("Namn").get(120));

        view.sortBy("contributed-assessment.column.phase");
        assertThat(view.page()).as("a new sort starts at the first page").isZero();
        List<String> descending = view.shownTable().get("Fas");
        assertThat(phaseRank(descending.getFirst())).isEqualTo(phases.stream()
                .mapToInt(PortfolioGridScaleBrowserlessTest::phaseRank).max().orElseThrow());
    }

    @Test
    @SignedInAs(OFFICER)
    void sortingByEccpPutsNotEligibleThenEligibleThenRegistered() {
        var view = navigate(ClusterListView.class);
        List<String> order = List.of(view.getTranslation("cluster.eccp.not-eligible"),
                view.getTranslation("cluster.eccp.eligible"), view.getTranslation("cluster.eccp.grid-registered"));

        view.sortBy("eccp");

        var table = view.shownTable();
        List<String> eccp = table.get("ECCP");
        System.out.println("ECCP by ECCP: " + eccp);
        assertThat(eccp).containsAll(order);
        assertThat(eccp).hasSize(300);
        assertSortedBy(table.get("Namn"), eccp, order::indexOf);
    }

    /**
     * Opening the table reads its first page once (one page query with its count) and its 50 rows leave nothing in
     * the session's state tree: the table is one element whose content the browser fetches from an address.
     */
    @Test
    @SignedInAs(OFFICER)
    void openingReadsTheFirstPageOnceAndKeepsNoRowInTheSession() {
        navigate("programmes", com.vaadin.flow.component.Component.class); // from another page, as a user comes
        List<String> sql = statements.during(() -> {
            navigate(ClusterListView.class);
            roundTrip();
        });
        var view = $(ClusterListView.class).single();
        assertThat(PortfolioPage.of(view).size()).isEqualTo(50);
        assertThat(sql.stream().filter(statement -> statement.startsWith("SELECT c.id, c.name")))
                .as("the page read once, its rows with it").hasSize(1);
        assertThat(sql.stream().filter(statement -> statement.startsWith("SELECT count(*) FROM cluster c")))
                .as("counted once").hasSize(1);
        int[] nodes = {0};
        view.table.getElement().getNode().visitNodeTree(node -> nodes[0]++);
        System.out.println("Portfolio table state nodes with 50 rows: " + nodes[0]);
        assertThat(nodes[0]).as("state nodes of the table with 50 rows").isEqualTo(1);
        assertThat(view.table.getElement().getAttribute("data-markup")).as("the rows at an address")
                .startsWith("markup/");
    }

    /** "" before "1" before "2" before "2*" before "2**" before "3". */
    private static int phaseRank(String phase) {
        return phase.isEmpty() ? -1 : Integer.parseInt(phase.replace("*", "")) * 10
                + (int) phase.chars().filter(c -> c == '*').count();
    }

    /** The values ascend by their rank, and equal ranks keep the names in Swedish order. */
    static void assertSortedBy(List<String> names, List<String> values,
                                       java.util.function.ToIntFunction<String> rank) {
        for (int i = 1; i < values.size(); i++) {
            int before = rank.applyAsInt(values.get(i - 1));
            int after = rank.applyAsInt(values.get(i));
            assertThat(before).as("row %d: %s before %s", i, values.get(i - 1), values.get(i)).isLessThanOrEqualTo(after);
            if (before == after) {
                assertThat(SWEDISH.compare(names.get(i - 1), names.get(i))).as("row %d: names within %s", i,
                        values.get(i)).isNegative();
            }
        }
    }
}
