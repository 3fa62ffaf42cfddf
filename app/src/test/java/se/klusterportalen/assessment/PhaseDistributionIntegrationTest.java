package se.klusterportalen.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * The overview's phase distribution: three clusters the test adds, fixed in two rounds with phases chosen here, give
 * the counts, medians and changes worked out by hand below. The rounds are dated far ahead so they are the region's
 * newest whatever other tests have committed; everything is rolled back (ADR 0008).
 */
@IntegrationTest
@Transactional
@SignedInAs(SKANE_OFFICER)
class PhaseDistributionIntegrationTest {

    // dimension order S, O, N, A, F; the overall phase is the most frequent of the five
    static final int[] A_BEFORE = {1, 1, 1, 1, 1}; // overall 1
    static final int[] B_BEFORE = {1, 1, 1, 2, 2}; // overall 1
    static final int[] C_BEFORE = {2, 2, 1, 1, 2}; // overall 2
    static final int[] A_NOW = {2, 2, 2, 1, 1};    // overall 2 (rose)
    static final int[] B_NOW = {3, 3, 3, 2, 2};    // overall 3 (rose)
    static final int[] C_NOW = {2, 2, 2, 3, 3};    // overall 2 (same)

    @Autowired RealLogin login;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentFixtures rounds;
    @Autowired ClusterFixtures clusters;

    /** Adds three clusters and fixes two rounds for them; returns the newest round's name. */
    String twoRounds() {
        ClusterId a = clusters.create(ClusterFixtures.unique("Fas A"));
        ClusterId b = clusters.create(ClusterFixtures.unique("Fas B"));
        ClusterId c = clusters.create(ClusterFixtures.unique("Fas C"));
        var before = new LinkedHashMap<ClusterId, int[]>();
        before.put(a, A_BEFORE);
        before.put(b, B_BEFORE);
        before.put(c, C_BEFORE);
        rounds.fixedRound(ClusterFixtures.unique("Före"), Instant.parse("2090-03-01T10:00:00Z"), before);
        var now = new LinkedHashMap<ClusterId, int[]>();
        now.put(a, A_NOW);
        now.put(b, B_NOW);
        now.put(c, C_NOW);
        String name = ClusterFixtures.unique("Nu");
        rounds.fixedRound(name, Instant.parse("2091-03-01T10:00:00Z"), now);
        return name;
    }

    @Test
    void theNewestFixedRoundIsCountedPerPhaseWithMediansAndTheChangeSinceTheRoundBefore() {
        String newest = twoRounds();
        login.as(SKANE_POLITICIAN);

        PhaseDistribution distribution = assessments.phaseDistribution().orElseThrow();

        assertThat(distribution.newest().round().name()).isEqualTo(newest);
        assertThat(distribution.previous()).isPresent();
        assertThat(distribution.phases()).containsExactly(1, 2, 3, 4);
        var overall = distribution.overall();
        assertThat(overall.dimensionCode()).isEmpty();
        assertThat(overall.counts()).containsExactly(0, 2, 1, 0);
        assertThat(overall.previousCounts()).contains(List.of(2, 1, 0, 0));
        assertThat(overall.countChange()).contains(List.of(-2, 1, 1, 0));
        assertThat(overall.median()).contains(BigDecimal.valueOf(2));
        assertThat(overall.previousMedian()).contains(BigDecimal.ONE);
        assertThat(overall.medianChange()).contains(BigDecimal.ONE);
        assertThat(distribution.rose()).isEqualTo(2);
        assertThat(distribution.fell()).isZero();
        assertThat(distribution.same()).isEqualTo(1);

        assertThat(distribution.dimensions()).extracting(r -> r.dimensionCode().orElseThrow())
                .containsExactly("S", "O", "N", "A", "F");
        var strategy = distribution.dimensions().getFirst();
        assertThat(strategy.counts()).containsExactly(0, 2, 1, 0);
        assertThat(strategy.median()).contains(BigDecimal.valueOf(2));
        assertThat(strategy.medianChange()).contains(BigDecimal.ONE);
        var financing = distribution.dimensions().getLast();
        assertThat(financing.counts()).containsExactly(1, 1, 1, 0);
        assertThat(financing.previousCounts()).contains(List.of(1, 2, 0, 0));
        assertThat(financing.median()).contains(BigDecimal.valueOf(2));
        assertThat(financing.medianChange().map(BigDecimal::signum)).contains(0);
        assertThat(distribution.newest().rows()).hasSize(3);
    }

    @Test
    void withOneFixedRoundThereIsNoChange() {
        ClusterId a = clusters.create(ClusterFixtures.unique("Ensam"));
        var only = new LinkedHashMap<ClusterId, int[]>();
        only.put(a, A_NOW);
        // the demo region Skåne may hold committed rounds of other tests: this one is the newest, the one before
        // (if any) is another; so ask the pure calculation without a previous round
        rounds.fixedRound(ClusterFixtures.unique("Ensam"), Instant.parse("2092-03-01T10:00:00Z"), only);
        var newest = assessments.phaseDistribution().orElseThrow().newest();

        var distribution = PhaseDistribution.of(newest, Optional.empty());

        assertThat(distribution.overall().counts()).containsExactly(0, 1, 0, 0);
        assertThat(distribution.overall().countChange()).isEmpty();
        assertThat(distribution.overall().medianChange()).isEmpty();
        assertThat(distribution.rose() + distribution.fell() + distribution.same()).isZero();
    }

    @Test
    void theLeanReadingGivesTheSameDistributionAsTheMatricesOfTheTwoRounds() {
        String newest = twoRounds();
        login.as(SKANE_POLITICIAN);
        var fixed = assessments.rounds().stream().filter(round -> round.fixed() > 0).limit(2).toList();
        assertThat(fixed.getFirst().name()).isEqualTo(newest);

        // issue #19: phaseDistribution no longer builds the matrices from entities; the figures must not change
        var fromMatrices = PhaseDistribution.of(assessments.matrix(fixed.getFirst().id()),
                Optional.of(assessments.matrix(fixed.get(1).id())));
        var lean = assessments.phaseDistribution().orElseThrow();

        assertThat(lean).isEqualTo(fromMatrices);
        assertThat(lean.newest().rows()).hasSize(3);
        assertThat(lean.newest().areaMedians()).isEqualTo(fromMatrices.newest().areaMedians());
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void theLeanReadingKeepsTheAreaLevelsOfTheDemoRound() {
        // Norra Mellansverige's demo round 2017: phases and horizontal area levels from the cluster study
        var fixed = assessments.rounds().stream().filter(round -> round.fixed() > 0).limit(2).toList();
        var fromMatrices = PhaseDistribution.of(assessments.matrix(fixed.getFirst().id()), fixed.size() > 1
                ? Optional.of(assessments.matrix(fixed.get(1).id())) : Optional.empty());

        var lean = assessments.phaseDistribution().orElseThrow();

        assertThat(fromMatrices.newest().areaMedians()).isNotEmpty();
        assertThat(lean).isEqualTo(fromMatrices);
    }
}
