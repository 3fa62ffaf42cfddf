package se.klusterportalen.assessment;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of shared/DOMAIN.md ("The phase model", "Rules") on the framework's 33 criteria. */
class PhaseRulesUnitTest {

    /** The structure of framework version 1: dimension → number of criteria per phase 1..4. */
    static final PhaseModel MODEL = model(
            "S", new int[]{2, 2, 2, 3},
            "O", new int[]{1, 1, 2, 1},
            "N", new int[]{2, 2, 1, 2},
            "A", new int[]{1, 2, 2, 2},
            "F", new int[]{1, 2, 1, 1});

    static PhaseModel model(Object... dimensionsAndCounts) {
        var phases = Stream.of(1, 2, 3, 4).map(p -> new Phase(p, text("fas " + p), text(""))).toList();
        var dimensions = new ArrayList<Dimension>();
        for (int i = 0; i < dimensionsAndCounts.length; i += 2) {
            String code = (String) dimensionsAndCounts[i];
            int[] counts = (int[]) dimensionsAndCounts[i + 1];
            var criteria = new ArrayList<Criterion>();
            for (int phase = 1; phase <= counts.length; phase++) {
                for (int n = 1; n <= counts[phase - 1]; n++) {
                    criteria.add(new Criterion(code + phase + "." + n, code, phase, text(code + phase + "." + n)));
                }
            }
            dimensions.add(new Dimension(code, text(code), criteria));
        }
        return new PhaseModel(1, text("test"), phases, dimensions, List.of(), List.of());
    }

    static LocalizedText text(String text) {
        return new LocalizedText(text, text);
    }

    /** Every criterion of the dimension up to and including the phase. */
    static Set<String> upTo(String dimension, int phase) {
        return MODEL.dimension(dimension).criteria().stream().filter(c -> c.phase() <= phase).map(Criterion::code)
                .collect(Collectors.toSet());
    }

    static Set<String> union(Set<String>... sets) {
        var all = new HashSet<String>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    @Test
    void theTestModelHasTheFrameworksThirtyThreeCriteria() {
        assertThat(MODEL.criteria()).hasSize(33);
    }

    @Nested
    class DimensionPhases {

        @Test
        void everythingMetIsPhaseFourEverywhere() {
            var evaluation = PhaseRules.evaluate(MODEL, MODEL.criteriaByCode().keySet());

            assertThat(evaluation.dimensions()).allSatisfy(d -> {
                assertThat(d.phase()).isEqualTo(4);
                assertThat(d.highest()).isTrue();
                assertThat(d.missingForNextPhase()).isEmpty();
            });
            assertThat(evaluation.overall()).isEqualTo(4);
            assertThat(evaluation.tieBreak()).isEqualTo(TieBreak.NONE);
        }

        @Test
        void nothingMetIsPhaseZeroEverywhereAndPhaseOneNeedsAllItsCriteria() {
            var evaluation = PhaseRules.evaluate(MODEL, Set.of());

            assertThat(evaluation.dimensions()).extracting(DimensionPhase::phase).containsOnly(0);
            assertThat(evaluation.overall()).isZero();
            assertThat(evaluation.dimension("S").missingForNextPhase()).containsExactly("S1.1", "S1.2");
        }

        @Test
        void anIncompletePhaseOneIsPhaseZero() {
            var strategy = PhaseRules.evaluate(MODEL, Set.of("S1.1", "S2.1", "S2.2")).dimension("S");

            assertThat(strategy.phase()).isZero();
            assertThat(strategy.missingForNextPhase()).containsExactly("S1.2");
            assertThat(strategy.notCounted()).containsExactly("S2.1", "S2.2");
        }

        @Test
        void criteriaMetAboveTheFirstGapDoNotCount() {
            var met = union(upTo("S", 4));
            met.remove("S2.2");

            var strategy = PhaseRules.evaluate(MODEL, met).dimension("S");

            assertThat(strategy.phase()).isEqualTo(1);
            assertThat(strategy.missingForNextPhase()).containsExactly("S2.2");
            assertThat(strategy.notCounted()).containsExactly("S3.1", "S3.2", "S4.1", "S4.2", "S4.3");
        }

        @Test
        void theExplanationNamesWhatTheNextPhaseNeeds() {
            var met = union(upTo("S", 3), Set.of("S4.2"));

            var strategy = PhaseRules.evaluate(MODEL, met).dimension("S");

            assertThat(strategy.phase()).isEqualTo(3);
            assertThat(strategy.nextPhase()).isEqualTo(4);
            assertThat(strategy.missingForNextPhase()).containsExactly("S4.1", "S4.3");
            assertThat(strategy.notCounted()).isEmpty();
        }

        @Test
        void dimensionsAreIndependent() {
            var met = union(upTo("S", 2), upTo("O", 4), upTo("N", 1), upTo("A", 3));

            var evaluation = PhaseRules.evaluate(MODEL, met);

            assertThat(evaluation.dimensions()).extracting(DimensionPhase::dimensionCode, DimensionPhase::phase)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("S", 2), org.assertj.core.groups.Tuple.tuple("O", 4),
                            org.assertj.core.groups.Tuple.tuple("N", 1), org.assertj.core.groups.Tuple.tuple("A", 3),
                            org.assertj.core.groups.Tuple.tuple("F", 0));
        }
    }

    @Nested
    class OverallPhase {

        @Test
        void theMostFrequentPhaseWins() {
            var overall = PhaseRules.overall(List.of(3, 1, 3, 4, 3));

            assertThat(overall.phase()).isEqualTo(3);
            assertThat(overall.tieBreak()).isEqualTo(TieBreak.NONE);
            assertThat(overall.tiedPhases()).containsExactly(3);
        }

        @Test
        void twoModesWithTheMeanNearerTheHigherTakeTheHigher() {
            var overall = PhaseRules.overall(List.of(2, 2, 3, 3, 4)); // mean 2.8

            assertThat(overall.phase()).isEqualTo(3);
            assertThat(overall.tieBreak()).isEqualTo(TieBreak.CLOSEST_TO_MEAN);
            assertThat(overall.tiedPhases()).containsExactly(2, 3);
            assertThat(overall.mean()).isEqualByComparingTo("2.8");
        }

        @Test
        void twoModesWithTheMeanNearerTheLowerTakeTheLower() {
            var overall = PhaseRules.overall(List.of(1, 3, 1, 3, 0)); // mean 1.6

            assertThat(overall.phase()).isEqualTo(1);
            assertThat(overall.tieBreak()).isEqualTo(TieBreak.CLOSEST_TO_MEAN);
        }

        @Test
        void twoModesWithTheMeanExactlyBetweenTakeTheLowerAndSaySo() {
            var overall = PhaseRules.overall(List.of(1, 1, 3, 3, 2)); // mean 2, both 1 away

            assertThat(overall.phase()).isEqualTo(1);
            assertThat(overall.tieBreak()).isEqualTo(TieBreak.LOWER_OF_EQUALLY_CLOSE);
            assertThat(overall.tiedPhases()).containsExactly(1, 3);
            assertThat(overall.mean()).isEqualByComparingTo("2");
        }

        @Test
        void theMeanCanFallOnAModeOrExactlyBetweenDistantModes() {
            var overall = PhaseRules.overall(List.of(2, 3, 2, 3, 0)); // mean 2.0: 2 is nearer
            assertThat(overall.phase()).isEqualTo(2);
            assertThat(overall.tieBreak()).isEqualTo(TieBreak.CLOSEST_TO_MEAN);

            var between = PhaseRules.overall(List.of(0, 0, 4, 4, 2)); // mean 2: 0 and 4 both 2 away
            assertThat(between.phase()).isZero();
            assertThat(between.tieBreak()).isEqualTo(TieBreak.LOWER_OF_EQUALLY_CLOSE);
        }

        @Test
        void fiveDifferentPhasesAreFiveModesAndTheMiddleOneIsClosestToTheMean() {
            var overall = PhaseRules.overall(List.of(4, 0, 3, 1, 2));

            assertThat(overall.phase()).isEqualTo(2);
            assertThat(overall.tieBreak()).isEqualTo(TieBreak.CLOSEST_TO_MEAN);
            assertThat(overall.tiedPhases()).containsExactly(0, 1, 2, 3, 4);
        }

        @Test
        void theOverallPhaseOfAnEvaluationFollowsTheSameRules() {
            var met = union(upTo("S", 2), upTo("O", 2), upTo("N", 3), upTo("A", 3), upTo("F", 4));

            var evaluation = PhaseRules.evaluate(MODEL, met);

            assertThat(evaluation.overall()).isEqualTo(3); // 2,2,3,3,4: mean 2.8
            assertThat(evaluation.tieBreak()).isEqualTo(TieBreak.CLOSEST_TO_MEAN);
        }

        @Test
        void noPhasesIsAnError() {
            assertThatThrownBy(() -> PhaseRules.overall(List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Medians {

        @Test
        void anOddCountTakesTheMiddleValue() {
            assertThat(PhaseRules.median(List.of(4, 1, 3))).contains(new BigDecimal("3"));
        }

        @Test
        void anEvenCountTakesTheMeanOfTheMiddleTwoWhichCanBeAHalf() {
            assertThat(PhaseRules.median(List.of(3, 2))).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.5"));
            assertThat(PhaseRules.median(List.of(2, 4, 1, 3))).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("2.5"));
            assertThat(PhaseRules.median(List.of(2, 2, 3, 1))).hasValueSatisfying(m -> assertThat(m.toPlainString()).isEqualTo("2"));
        }

        @Test
        void theSixteenFinancingPhasesOfThe2017StudyHaveTheMedianTwoAndAHalf() {
            var financing = List.of(2, 3, 1, 3, 3, 2, 3, 2, 3, 1, 2, 3, 2, 4, 3, 2);

            assertThat(PhaseRules.median(financing)).hasValueSatisfying(m -> assertThat(m.toPlainString()).isEqualTo("2.5"));
        }

        @Test
        void noValuesHaveNoMedian() {
            assertThat(PhaseRules.median(List.of())).isEmpty();
        }
    }

    @Test
    void lettersRunFromAToZAndThenTwoLetters() {
        var letters = AssessmentService.letters(28);

        assertThat(letters.subList(0, 3)).containsExactly("A", "B", "C");
        assertThat(letters.get(25)).isEqualTo("Z");
        assertThat(letters.subList(26, 28)).containsExactly("AA", "AB");
    }
}
