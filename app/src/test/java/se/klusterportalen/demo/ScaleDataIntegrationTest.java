package se.klusterportalen.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.cluster.ClusterChange;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import se.klusterportalen.funding.FundingService;
import se.klusterportalen.indicator.IndicatorService;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.GoalStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The scale data set's generator (issue #19) on a small region of its own (committed: generated data is what the
 * portal reads after a start), read back through the features' services as the region's generated accounts, signed
 * in at the real Keycloak with the demo password.
 */
@IntegrationTest
class ScaleDataIntegrationTest {

    private static final String REGION = "skala-prov";
    private static final int CLUSTERS = 12;
    private static final String OFFICER = REGION + ".handlaggare";

    private static List<ScaleData.Generated> first;
    private static List<ScaleData.Generated> second;

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;
    @Autowired AssessmentService assessments;
    @Autowired LabelService labels;
    @Autowired IndicatorService indicators;

    @BeforeAll
    static void generateTwice(@Autowired ScaleData data) {
        var regions = List.of(new ScaleData.ScaleRegion(REGION, "Region Skala prov", CLUSTERS));
        first = data.generate(regions, ScaleData.SEED);
        second = data.generate(regions, ScaleData.SEED);
    }

    @Test
    void aSecondRunLeavesTheRegionAsItIs() {
        assertThat(first.getFirst().created()).isTrue();
        assertThat(first.getFirst().rows()).isGreaterThan(CLUSTERS * 100L);
        assertThat(second.getFirst().created()).isFalse();
        assertThat(second.getFirst().rows()).isZero();
        login.inOwnTransaction(OFFICER, () -> assertThat(clusters.list()).hasSize(CLUSTERS));
    }

    @Test
    void theRegionsOfficerReadsEveryPartThroughTheServices() {
        login.inOwnTransaction(OFFICER, () -> {
            List<ClusterSummary> all = clusters.list();
            assertThat(all).hasSize(CLUSTERS);
            assertThat(clusters.areas()).hasSize(8);
            var programme = programmes.list().getFirst();
            assertThat(programmes.list()).hasSize(1);
            assertThat(programme.startYear()).isEqualTo(2017);
            assertThat(programme.endYear()).isEqualTo(2026);
            assertThat(programme.clusters()).hasSize(CLUSTERS);

            var plans = funding.programmeFunding(programme.id());
            assertThat(plans.clusters()).hasSize(CLUSTERS);
            assertThat(plans.clusters()).allSatisfy(plan -> assertThat(plan.amounts()).hasSize(4 * 10));
            assertThat(plans.clusters()).allSatisfy(plan -> assertThat(plan.tapering()).isPresent());

            var rounds = assessments.rounds();
            assertThat(rounds).hasSize(3).allSatisfy(round -> {
                assertThat(round.assessments()).isEqualTo(CLUSTERS);
                assertThat(round.fixed()).isEqualTo(CLUSTERS);
            });
            var matrix = assessments.matrix(rounds.getFirst().id());
            assertThat(matrix.rows()).hasSize(CLUSTERS);
            assertThat(assessments.phaseDistribution()).isPresent();

            var goals = programmes.goals(programme.id());
            assertThat(goals).hasSize(5);
            assertThat(goals).noneMatch(goal -> goal.status() == GoalStatus.NO_DATA);
            assertThat(programmes.milestones(programme.id())).hasSizeGreaterThanOrEqualTo(20);

            assertThat(indicators.catalogue()).hasSize(7);
            assertThat(indicators.rounds()).hasSize(3);
            assertThat(labels.portfolio()).isNotNull();
        });
    }

    @Test
    void eachClusterHasOneAddedEntryByTheGeneratorInItsHistory() {
        login.inOwnTransaction(OFFICER, () -> {
            var cluster = clusters.list().getFirst().id();
            List<ClusterChange> history = clusters.history(cluster);
            assertThat(history).isNotEmpty().allSatisfy(change -> {
                assertThat(change.username()).isEqualTo(ScaleData.GENERATOR);
                assertThat(change.kind()).isEqualTo(ClusterChange.Kind.CREATED);
            });
            assertThat(history).anyMatch(change -> change.subject() == ClusterChange.Subject.PROFILE);
        });
    }

    @Test
    void theClusterManagerReportsForTheFirstClusterByName() {
        login.inOwnTransaction(REGION + ".klusterledare", () -> {
            var first = clusters.list().stream().map(ClusterSummary::name).sorted(
                    java.text.Collator.getInstance(java.util.Locale.of("sv", "SE"))).findFirst().orElseThrow();
            assertThat(clusters.managedByCurrentUser()).hasSize(1);
            var managed = clusters.find(clusters.managedByCurrentUser().iterator().next()).orElseThrow();
            assertThat(managed.name()).isEqualTo(first);
        });
    }

    @Test
    void anotherRegionSeesNoneOfIt() {
        var generated = login.inOwnTransaction(OFFICER, () -> clusters.list().stream().map(ClusterSummary::id).toList());
        login.inOwnTransaction(SKANE_OFFICER, () ->
                assertThat(clusters.list()).extracting(ClusterSummary::id).doesNotContainAnyElementsOf(generated));
    }

    @Test
    void theSeedDecidesTheNamesAndFigures() {
        login.inOwnTransaction(OFFICER, () -> {
            var names = clusters.list().stream().map(ClusterSummary::name).sorted().toList();
            assertThat(names).hasSize(CLUSTERS).startsWith("Digitaliseringsnavet Grönby", "Digitaliseringsnavet Lerum",
                    "Digitaliseringsnavet Vallby", "Hälsoklustret Lerum").endsWith("Textilklustret Uddevik");
        });
    }
}
