package se.klusterportalen.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.SharedMarkup;
import se.klusterportalen.testsupport.PageElements;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.assessment.AssessmentFixtures;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.RoundSummary;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.demo.ScaleData;
import se.klusterportalen.funding.FundingAmountValue;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.label.LabelInput;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.MilestoneInput;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import se.klusterportalen.testsupport.SqlStatements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's cache (issue #19, ADR 0092): what the overview shows is kept per region and data version and
 * shared between sessions, and a change committed in the region shows at the next navigation; two regions never
 * share an entry. The entry is kept by the kinds of data it is made from (ADR 0094): a cluster's description edit
 * (the load test's save) keeps it. Runs on committed data (the cache keys on committed revisions), in two small regions generated as
 * the scale data's: the test commits its changes there and pins figures relative to what the region had.
 */
class OverviewCacheBrowserlessTest extends SignedInBrowserlessTest {

    private static final ScaleData.ScaleRegion FIRST = new ScaleData.ScaleRegion("skala-cache-a", "Region Cache A", 10);
    private static final ScaleData.ScaleRegion SECOND = new ScaleData.ScaleRegion("skala-cache-b", "Region Cache B", 14);

    @Autowired SqlStatements statements;
    @Autowired ClusterFixtures clusterFixtures;
    @Autowired AssessmentFixtures rounds;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;
    @Autowired AssessmentService assessments;
    @Autowired Clock clock;
    @Autowired LabelService labels;
    @Autowired MeterRegistry meters;

    @BeforeAll
    static void generate(@Autowired ScaleData data) {
        data.generate(List.of(FIRST, SECOND), ScaleData.SEED);
    }

    private void signInAs(ScaleData.ScaleRegion region) {
        login.as(region.code() + ".handlaggare");
        cleanVaadinEnvironment(); // a new session and UI, as after signing in
        initVaadinEnvironment();
    }

    @Autowired SharedMarkup sharedMarkup;

    /** The element of that id anywhere on the page, inside markup too (parsed). */
    private Element byId(String id) {
        return new PageElements(sharedMarkup).find(getCurrentView().getElement(), id)
                .orElseThrow(() -> new AssertionError("no element " + id));
    }

    /** The phase panel's element (a component whose content is markup at an address). */
    private Element phasePanel() {
        return getCurrentView().getElement().getChildren()
                .filter(element -> "overview-phases".equals(element.getAttribute("id"))).findFirst().orElseThrow();
    }

    private long total() {
        return Long.parseLong(byId("overview-total").getChild(0).getText().replaceAll("\\D", ""));
    }

    private String overview() {
        navigate("programmes", Component.class); // from another page, as a user comes back to the overview
        navigate("", Component.class);
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aClusterAFundingChangeAndAnAssessmentCommittedInTheRegionShowAtTheNextNavigation() {
        signInAs(FIRST);
        overview();
        long before = total();
        String fundingBefore = byId("overview-funding").getTextRecursively();
        // nothing changed: the next navigation is served from the cache, reading only the region's data version
        int cached = statements.during(this::overview).size();
        assertThat(total()).isEqualTo(before);

        ClusterId added = clusterFixtures.create(ClusterFixtures.unique("Cachekluster"));
        int afterChange = statements.during(this::overview).size();
        assertThat(total()).as("the cluster committed in the region").isEqualTo(before + 1);
        assertThat(afterChange).as("read again after the change").isGreaterThan(cached);

        var programme = programmes.list().getFirst();
        ClusterId planned = programme.clusters().stream().min(Comparator.comparing(ClusterId::toString)).orElseThrow();
        var plan = funding.clusterPlan(programme.id(), planned);
        var base = plan.baseStream().map(stream -> stream.id()).orElse(null);
        int year = Math.clamp(LocalDate.now(clock).getYear(), programme.startYear(), programme.endYear());
        // a co-funding stream (not the base funding, which the tapering plan sets) with an amount planned this year
        var other = plan.amounts().stream().filter(amount -> amount.year() == year && amount.planned() > 0
                && !amount.stream().equals(base)).findFirst().orElseThrow();
        var amounts = plan.amounts().stream().map(amount -> amount.equals(other)
                ? new FundingAmountValue(amount.stream(), year, amount.planned() + 5_000_000, amount.actual())
                : amount).toList();
        funding.savePlan(programme.id(), planned, plan.version(), amounts, plan.tapering());
        overview();
        assertThat(byId("overview-funding").getTextRecursively()).as("the funding change").isNotEqualTo(fundingBefore);

        RoundSummary newest = assessments.rounds().stream().filter(round -> round.fixed() > 0)
                .max(Comparator.comparing(RoundSummary::openedAt)).orElseThrow();
        var phases = new LinkedHashMap<ClusterId, int[]>();
        programme.clusters().stream().sorted(Comparator.comparing(ClusterId::toString)).limit(3)
                .forEach(cluster -> phases.put(cluster, new int[]{2, 2, 2, 2, 2}));
        String round = ClusterFixtures.unique("Cacheomgång");
        rounds.fixedRound(round, newest.openedAt().plus(1, ChronoUnit.HOURS), phases);
        overview();
        assertThat(byId("overview-phases").getTextRecursively()).as("the assessment round fixed in the region")
                .startsWith("Utvecklingsfaser – omgång " + round);
        assertThat(byId("overview-phases-change").getText()).startsWith("3 fastställda resultat.");
        assertThat(clusters.find(added)).isPresent();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aDescriptionEditKeepsTheEntryALabelAndAnOverdueMilestoneShowAtTheNextNavigation() {
        signInAs(SECOND);
        overview();
        int cached = statements.during(this::overview).size();
        String labelsBefore = byId("overview-labels").getTextRecursively();

        ClusterSummary cluster = clusters.list().getFirst();
        var draft = clusters.draftOf(cluster.id());
        draft.setDescription(ClusterFixtures.unique("Ny beskrivning"));
        clusters.update(cluster.id(), clusters.profile(cluster.id()).orElseThrow().version(), draft);
        double hits = overviewGets("hit");
        double misses = overviewGets("miss");
        assertThat(statements.during(this::overview)).as("only the version read, as before the edit").hasSize(cached);
        assertThat(overviewGets("hit")).isEqualTo(hits + 1);
        assertThat(overviewGets("miss")).isEqualTo(misses);

        // a label: the labels panel (LABELS)
        var open = clusters.list().stream().filter(c -> c.status() != se.klusterportalen.cluster.ClusterStatus.CLOSED)
                .map(ClusterSummary::id).toList();
        var labelled = labels.currentLabels(open);
        ClusterId unlabelled = open.stream().filter(id -> !labelled.containsKey(id)).findFirst().orElseThrow();
        long gold = figure("overview-labels-GOLD");
        long none = figure("overview-labels-none");
        labels.addLabel(unlabelled, new LabelInput(LabelLevel.GOLD, LocalDate.now(clock).minusDays(10), null, 85, null));
        overview();
        assertThat(figure("overview-labels-GOLD")).as("the gold label committed").isEqualTo(gold + 1);
        assertThat(figure("overview-labels-none")).isEqualTo(none - 1);
        assertThat(byId("overview-labels").getTextRecursively()).isNotEqualTo(labelsBefore);

        // an overdue milestone: the programme panel (PROGRAMMES)
        var programme = programmes.list().getFirst();
        long overdue = figure("overview-milestones-overdue");
        programmes.addMilestone(new MilestoneInput(programme.id(), programme.clusters().iterator().next(),
                ClusterFixtures.unique("Försenad milstolpe"), LocalDate.now(clock).minusDays(30), null, "Hanna",
                MilestoneStatus.PLANNED, null, null));
        overview();
        assertThat(figure("overview-milestones-overdue")).as("the overdue milestone committed").isEqualTo(overdue + 1);
    }

    private long figure(String id) {
        return Long.parseLong(byId(id).getChild(0).getText().replaceAll("\\D", ""));
    }

    private double overviewGets(String result) {
        return meters.get("cache.gets").tag("cache", "overview").tag("result", result).counter().count();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoRegionsNeverShareAnEntryAndOneRegionsSessionsShareTheHeatMap() {
        signInAs(FIRST);
        overview();
        List<String> firstLinks = heatMapLinks();
        long firstTotal = total();
        Element firstPanel = phasePanel();
        String firstAddress = firstPanel.getAttribute("data-markup");

        signInAs(SECOND);
        overview();
        // the second region's own clusters, none of the first's
        var secondClusters = clusters.list().stream().map(ClusterSummary::id).map(id -> "clusters/" + id).toList();
        assertThat(heatMapLinks()).isNotEmpty().allMatch(secondClusters::contains).doesNotContainAnyElementsOf(firstLinks);
        assertThat(total()).isEqualTo(clusters.list().size()).isNotEqualTo(firstTotal);

        // another session of the first region (same roles, language and data) shows the same String, not a copy
        signInAs(FIRST);
        overview();
        assertThat(heatMapLinks()).isEqualTo(firstLinks);
        assertThat(phasePanel()).isNotSameAs(firstPanel);
        // one address, whose markup is one String for both sessions (issue #19: the browser fetches and keeps it)
        assertThat(phasePanel().getAttribute("data-markup")).isEqualTo(firstAddress).startsWith("markup/skala-cache-a/");
        assertThat(sharedMarkup.at(firstAddress).orElseThrow()).isSameAs(sharedMarkup.at(firstAddress).orElseThrow());
        assertThat(phasePanel().getChildCount()).as("no components inside").isZero();
    }

    private List<String> heatMapLinks() {
        return org.jsoup.Jsoup.parseBodyFragment(sharedMarkup.at(phasePanel().getAttribute("data-markup"))
                .orElseThrow()).select("#overview-phases-heatmap a[href]").eachAttr("href");
    }
}
