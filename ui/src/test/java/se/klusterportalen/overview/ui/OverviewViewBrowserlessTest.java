package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.assessment.AssessmentFixtures;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.programme.ProgrammeFixtures;
import se.klusterportalen.programme.ProgrammeSummary;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.testsupport.PageElements;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class OverviewViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired
    SharedMarkup sharedMarkup;

    /** The element of that id anywhere on the page (figures are links or plain cards; markup parsed). */
    private Element byId(String id) {
        return new PageElements(sharedMarkup).find(getCurrentView().getElement(), id)
                .orElseThrow(() -> new AssertionError("no element " + id));
    }

    private List<Element> all(Element element, String tag) {
        return new PageElements(sharedMarkup).all(element, tag);
    }

    /**
     * The phase panel's markup (issue #19: one element whose content the browser fetches from its address, no
     * components inside), parsed as a browser would.
     */
    private org.jsoup.nodes.Element phasePanel() {
        var panel = find("overview-phases");
        assertThat(panel.getChildCount()).as("no components inside").isZero();
        return Jsoup.parseBodyFragment(new PageElements(sharedMarkup).markupOf(panel).orElseThrow()).body();
    }

    /** The element of that id among the components (not inside markup). */
    private Element find(String id) {
        return find(getCurrentView().getElement(), id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    private static Optional<Element> find(Element element, String id) {
        if (element.isTextNode()) {
            return Optional.empty();
        }
        if (id.equals(element.getAttribute("id")) || id.equals(element.getProperty("id"))) {
            return Optional.of(element);
        }
        return element.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    /** The heat map: a {@code <table>} of the phase panel's markup, parsed as a browser would. */
    private org.jsoup.nodes.Element heatMap() {
        var table = phasePanel().getElementById("overview-phases-heatmap");
        assertThat(table).isNotNull();
        assertThat(table.tagName()).isEqualTo("table");
        return table;
    }

    private String figure(String id) {
        return byId(id).getChild(0).getText();
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void aClusterManagerStartsOnTheirOwnClusterAndReachesTheOverviewFromTheMenu() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ClusterPageView");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Mobile Heights");

        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anOfficerStartsOnTheOverviewWhichHasNoFirstStepsWhileTheRegionHasClusters() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("overview-getting-started").exists()).isFalse();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theFirstStepsOfAnEmptyRegionLinkToClustersImportProgrammesAndFunding() {
        var view = navigate(OverviewView.class);
        var steps = view.gettingStarted(true);

        assertThat(steps.getElement().getTextRecursively()).startsWith("Kom igång")
                .contains("Lägg till kluster", "importera dem från Excel eller CSV", "Skapa ett program");
        assertThat(steps.getElement().getChildren().toList()).isNotEmpty();
        var links = new java.util.ArrayList<String>();
        steps.getElement().getChild(2).getChildren().forEach(item -> item.getChildren()
                .filter(child -> child.getTag().equals("a")).forEach(a -> links.add(a.getAttribute("href"))));
        assertThat(links).containsExactly("clusters/new", "clusters/import", "programmes", "funding");
        assertThat(view.gettingStarted(false).getElement().getTextRecursively())
                .contains("Handläggarna lägger in dem").doesNotContain("Lägg till kluster");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skaneHasNineActiveClustersAndOneBeingSetUp() {
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("10");
        assertThat(figure("overview-active")).isEqualTo("9");
        assertThat(figure("overview-being-set-up")).isEqualTo("1");
        assertThat(figure("overview-closed")).isEqualTo("0");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aClusterTheOfficerAddsCountsAsActive() {
        clusters.create("Testkluster översikt");

        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("11");
        assertThat(figure("overview-active")).isEqualTo("10");
        assertThat(figure("overview-being-set-up")).isEqualTo("1");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianDownloadsTheRegionReportInSwedishOrEnglish() {
        navigate(OverviewView.class);

        var swedish = $(com.vaadin.flow.component.html.Anchor.class).id("report-region-sv");
        var english = $(com.vaadin.flow.component.html.Anchor.class).id("report-region-en");
        assertThat(swedish.getElement().getTextRecursively()).contains("Regionrapport (PDF)");
        assertThat(swedish.getHref()).isNotBlank();
        assertThat(swedish.getElement().hasAttribute("download")).isTrue();
        assertThat(english.getElement().getTextRecursively()).contains("Regionrapport på engelska (PDF)");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void norraMellansverigeCountsItsOwnSixteen() {
        navigate(OverviewView.class);

        assertThat(figure("overview-total")).isEqualTo("16");
        assertThat(figure("overview-active")).isEqualTo("16");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void aGoalPastItsDeadlineShowsTheDateItsFigureIsFor() {
        navigate(OverviewView.class);

        // demo data: the Gold goal of the 2017–2021 programme had 3 of the 5 clusters it needs at its deadline
        assertThat(byId("overview-goals-attention").getTextRecursively())
                .contains("Minst fem klusterinitiativ har ECEI-märkning i guld — 3 av minst 5 per 2021-12-31 — saknas:");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void theHeatMapMarksATieWithTheSameAsteriskAsThePhaseMatrix() {
        navigate(OverviewView.class);

        var nifa = heatMap().select("tbody tr").stream().filter(tr -> tr.child(0).text().equals("Nifa"))
                .findFirst().orElseThrow();
        var cells = nifa.children().eachText();
        assertThat(cells.getLast()).as("the overall phase, as in the matrix").isEqualTo("2*");
        assertThat(byId("overview-phases-ties").getText()).startsWith("* Två faser var lika vanliga");
    }

    @Autowired ClusterFixtures clusters;

    private String caption(String id) {
        return byId(id).getChild(1).getText();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianSeesGoalsMoneyOfTheProgrammesLastYearAndLabels() {
        navigate(OverviewView.class);

        assertThat(text("overview-programme")).startsWith("Mål – Klusterutvecklingsprogram 2017–2021");
        assertThat(figure("overview-goals-MISSED")).isEqualTo("5");
        assertThat(caption("overview-milestones-overdue")).isEqualTo("Försenade milstolpar");
        // today (2026) is after the period, so its last year is shown
        assertThat(caption("overview-funding-cost")).isEqualTo("Regionens kostnad 2021, plan");
        assertThat(figure("overview-funding-cost")).isEqualTo("17,2\u00a0mnkr"); // the demo plans' regional sum for 2021
        assertThat(figure("overview-funding-share")).endsWith("%");
        assertThat(caption("overview-funding-leverage")).isEqualTo("Hävstång 2017–2021 (kr per regional krona)");
        assertThat(figure("overview-funding-envelopes")).isEqualTo("1"); // the arena envelope of 2021
        assertThat(figure("overview-labels-GOLD")).isEqualTo("2");
        assertThat(Integer.parseInt(figure("overview-labels-GOLD")) + Integer.parseInt(figure("overview-labels-SILVER"))
                + Integer.parseInt(figure("overview-labels-BRONZE")) + Integer.parseInt(figure("overview-labels-none")))
                .isEqualTo(10);
    }

    private String text(String id) {
        return byId(id).getTextRecursively();
    }

    @Autowired ProgrammeFixtures programmes;
    @Autowired AssessmentFixtures rounds;

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theSelectorShowsAnEarlierProgrammeByItsAddressAndTheNewestWithout() {
        var mobileHeights = clusters.idOf("Mobile Heights");
        String name = ProgrammeFixtures.unique("Tidigt program");
        var earlier = programmes.pastProgramme(name, List.of(mobileHeights));

        navigate(OverviewView.class);
        assertThat(text("overview-programme")).startsWith("Mål – Klusterutvecklingsprogram 2017–2021");

        open(earlier.id().value().toString());
        assertThat(text("overview-programme")).startsWith("Mål – " + name);
        assertThat(text("overview-funding")).contains("Finansiering – " + name);
        assertThat(text("overview-print-header")).endsWith(" · " + name);
        var selector = byId("overview-programme-select");
        @SuppressWarnings("unchecked")
        var select = (Select<ProgrammeSummary>) selector.getComponent().orElseThrow();
        assertThat(select.getListDataView().getItems().map(ProgrammeSummary::name))
                .contains(name, "Klusterutvecklingsprogram 2017–2021");
        assertThat(select.getValue().name()).isEqualTo(name);
        assertThat(find(getCurrentView().getElement(), "overview-programme-unknown")).isEmpty();

        // an id that is not one of the region's: said so, and the newest is shown
        open(java.util.UUID.randomUUID().toString());
        assertThat(text("overview-programme-unknown")).contains("finns inte i regionen");
        assertThat(text("overview-programme")).startsWith("Mål – Klusterutvecklingsprogram 2017–2021");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void thePhasePanelCountsTheNewestFixedRoundAgainstTheOneBefore() {
        ClusterId a = clusters.create(ClusterFixtures.unique("Fas A"));
        ClusterId b = clusters.create(ClusterFixtures.unique("Fas B"));
        ClusterId c = clusters.create(ClusterFixtures.unique("Fas C"));
        var before = new LinkedHashMap<ClusterId, int[]>();
        before.put(a, new int[]{1, 1, 1, 1, 1});
        before.put(b, new int[]{1, 1, 1, 2, 2});
        before.put(c, new int[]{2, 2, 1, 1, 2});
        String earlier = ClusterFixtures.unique("Omgång");
        rounds.fixedRound(earlier, Instant.parse("2090-03-01T10:00:00Z"), before);
        var now = new LinkedHashMap<ClusterId, int[]>();
        now.put(a, new int[]{2, 2, 2, 1, 1});
        now.put(b, new int[]{3, 3, 3, 2, 2});
        now.put(c, new int[]{2, 2, 2, 3, 3});
        String newest = ClusterFixtures.unique("Omgång");
        var newestRound = rounds.fixedRound(newest, Instant.parse("2091-03-01T10:00:00Z"), now);
        // the newest programme (so the one shown first) covers both rounds and the three clusters
        programmes.programme(ProgrammeFixtures.unique("Fasprogram"), 2090, 2091, List.of(a, b, c));
        login.as(SKANE_POLITICIAN);

        navigate(OverviewView.class);

        assertThat(text("overview-phases")).startsWith("Utvecklingsfaser – omgång " + newest);
        assertThat(text("overview-phases-change")).isEqualTo("3 fastställda resultat. Jämfört med omgång " + earlier
                + ": 2 kluster steg i samlad fas, 0 gick ned och 1 låg kvar.");
        // overall: phase 1 none (2 before), phase 2 two (1 before), phase 3 one (none before); median 2 against 1
        assertThat(cells("overview-phases-overall")).containsExactly("Samlad fas", "0(\u22122)", "2(+1)", "1(+1)",
                "0(\u00b10)", "2", "+1");
        assertThat(cells("overview-phases-F")).containsExactly("Finansiering", "1(\u00b10)", "1(\u22121)", "1(+1)",
                "0(\u00b10)", "2", "\u00b10");
        // the heat map: a cluster's row links to its page, coloured by phase
        var heatMap = heatMap();
        assertThat(heatMap.text()).contains("Fas A", "Fas B", "Fas C", "Median");
        assertThat(heatMap.select("a").eachAttr("href"))
                .contains("clusters/" + a.value(), "clusters/" + b.value(), "clusters/" + c.value());
        // a real table: a column head per dimension (its code an abbreviation) and a row head per cluster
        assertThat(heatMap.select("thead th[scope=col] abbr").eachText()).containsExactly("S", "O", "N", "A", "F");
        var rowOfA = heatMap.select("tbody tr").stream().filter(tr -> tr.child(0).text().contains("Fas A"))
                .findFirst().orElseThrow();
        assertThat(rowOfA.child(0).tagName()).isEqualTo("th");
        assertThat(rowOfA.child(0).attr("scope")).isEqualTo("row");
        // A now {2, 2, 2, 1, 1}: each cell coloured by its phase (ph2 is #fbe9b7 in styles/portal.css), overall 2
        assertThat(rowOfA.select("td").eachAttr("class"))
                .containsExactly("ph2", "ph2", "ph2", "ph1", "ph1", "ph2 phase-overall");
        assertThat(rowOfA.select("td").eachText()).containsExactly("2", "2", "2", "1", "1", "2");
        // the heading opens the matrix on the round it speaks of
        assertThat(all(byId("overview-phases"), "a").getFirst().getAttribute("href"))
                .isEqualTo("assessments/matrix?round=" + newestRound.value());
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void thePhasePanelFollowsTheProgrammeChosenInTheSelector() {
        ClusterId a = clusters.create(ClusterFixtures.unique("Fas A"));
        ClusterId b = clusters.create(ClusterFixtures.unique("Fas B"));
        ClusterId c = clusters.create(ClusterFixtures.unique("Fas C"));
        String earlier = ClusterFixtures.unique("Omgång");
        var before = new LinkedHashMap<ClusterId, int[]>();
        before.put(a, new int[]{1, 1, 1, 1, 1});
        before.put(b, new int[]{1, 1, 1, 2, 2});
        before.put(c, new int[]{2, 2, 1, 1, 2});
        var earlierRound = rounds.fixedRound(earlier, Instant.parse("2090-03-01T10:00:00Z"), before);
        String newest = ClusterFixtures.unique("Omgång");
        var now = new LinkedHashMap<ClusterId, int[]>();
        now.put(a, new int[]{2, 2, 2, 1, 1});
        now.put(b, new int[]{3, 3, 3, 2, 2});
        now.put(c, new int[]{2, 2, 2, 3, 3});
        rounds.fixedRound(newest, Instant.parse("2091-03-01T10:00:00Z"), now);
        // two programmes: the newer one with all three clusters over both rounds' years, an older one with A and B
        // that ended in 2090, so its newest round is the earlier one
        var wide = programmes.programme(ProgrammeFixtures.unique("Brett program"), 2090, 2091, List.of(a, b, c));
        var older = programmes.programme(ProgrammeFixtures.unique("Äldre program"), 2089, 2090, List.of(a, b));
        login.as(SKANE_POLITICIAN);

        open(wide.id().value().toString());
        assertThat(text("overview-phases")).startsWith("Utvecklingsfaser – omgång " + newest);
        assertThat(text("overview-phases-change")).isEqualTo("3 fastställda resultat. Jämfört med omgång " + earlier
                + ": 2 kluster steg i samlad fas, 0 gick ned och 1 låg kvar.");
        assertThat(cells("overview-phases-overall")).containsExactly("Samlad fas", "0(\u22122)", "2(+1)", "1(+1)",
                "0(\u00b10)", "2", "+1");

        open(older.id().value().toString());
        assertThat(text("overview-phases")).startsWith("Utvecklingsfaser – omgång " + earlier);
        assertThat(text("overview-phases-change")).isEqualTo("2 fastställda resultat. "
                + "Ingen tidigare fastställd omgång att jämföra med.");
        // A and B of the earlier round: both in overall phase 1, median 1, nothing to compare with
        assertThat(cells("overview-phases-overall")).containsExactly("Samlad fas", "2", "0", "0", "0", "1", "–");
        assertThat(heatMap().text()).contains("Fas A", "Fas B")
                .doesNotContain("Fas C");
        assertThat(all(byId("overview-phases"), "a").getFirst().getAttribute("href"))
                .isEqualTo("assessments/matrix?round=" + earlierRound.value());

        // the demo programme 2017–2021 had no round in its years: said so
        open(programmes.named("Klusterutvecklingsprogram 2017").id().value().toString());
        assertThat(text("overview-phases-none")).isEqualTo("Ingen bedömningsomgång med fastställt resultat för "
                + "klustren i Klusterutvecklingsprogram 2017–2021 öppnades under programmets period 2017–2021.");
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theSelectorNamesEachProgrammeWithItsYearsOnce() {
        var other = programmes.programme("Tillväxtprogram " + java.util.UUID.randomUUID().toString().substring(0, 6),
                2030, 2034, List.of());

        navigate(OverviewView.class);

        @SuppressWarnings("unchecked")
        var select = (Select<ProgrammeSummary>) byId("overview-programme-select").getComponent().orElseThrow();
        var labels = select.getListDataView().getItems().map(select.getItemLabelGenerator()).toList();
        assertThat(labels).contains(other.name() + " (2030–2034)", "Klusterutvecklingsprogram 2017–2021")
                .doesNotContain("Klusterutvecklingsprogram 2017–2021 (2017–2021)");
    }

    /** The overview at {@code ?programme=id}, as a link or the selector opens it. */
    private void open(String programme) {
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.of(OverviewView.PROGRAMME, programme));
        assertThat(getCurrentView()).isInstanceOf(OverviewView.class);
    }

    /** A row of the distribution table (markup, issue #19), parsed as a browser would: each cell's text. */
    private List<String> cells(String rowId) {
        var table = phasePanel().getElementById("overview-phases-distribution");
        assertThat(table).isNotNull();
        var row = table.getElementById(rowId);
        assertThat(row).as(rowId).isNotNull();
        return row.children().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void everyLinkOnTheOverviewOpensAPageThePoliticianMayOpen() {
        // a fixed round, so that the phase panel with its matrix and cluster links is on the page too
        var mobileHeights = clusters.idOf("Mobile Heights");
        var result = new LinkedHashMap<ClusterId, int[]>();
        result.put(mobileHeights, new int[]{2, 2, 2, 2, 2});
        // within the demo programme's years (2017–2021), so its phase panel shows the round
        var round = rounds.fixedRound(ClusterFixtures.unique("Länkomgång"), Instant.parse("2021-03-01T10:00:00Z"),
                result);
        navigate(OverviewView.class);
        // the components' links and those in the heat map's markup (one static fragment)
        var links = all(getCurrentView().getElement(), "a").stream()
                        .filter(a -> !a.hasAttribute("download") && a.getAttribute("href") != null)
                        .map(a -> a.getAttribute("href")).distinct().toList();
        assertThat(links).contains("clusters", "clusters?status=ACTIVE", "assessments/matrix?round=" + round.value(),
                        "clusters/" + mobileHeights.value())
                .anyMatch(href -> href.startsWith("programmes/")).anyMatch(href -> href.startsWith("funding/programmes/"));
        // figures are links
        assertThat(byId("overview-total").getTag()).isEqualTo("a");
        assertThat(byId("overview-goals-MISSED").getAttribute("href")).startsWith("programmes/");

        for (String href : links) {
            int query = href.indexOf('?');
            UI.getCurrent().navigate(query < 0 ? href : href.substring(0, query),
                    query < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(query + 1)));
            assertThat(getCurrentView().getClass().getSimpleName()).as(href)
                    .isNotIn("AccessDeniedView", "NotFoundView");
        }
    }
}
