package se.klusterportalen.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** The 2017 study of Norra Mellansverige, as the demo loads it, and the framework it was made with. */
@IntegrationTest
@Transactional
class AssessmentDemoIntegrationTest {

    @Autowired RealLogin login;
    @Autowired AssessmentService assessments;


    @Test
    @SignedInAs(NMS_POLITICIAN)
    void theFrameworkHasFourPhasesFiveDimensionsThirtyThreeCriteriaAndThreeHorizontalAreas() {
        var model = assessments.currentPhaseModel();

        assertThat(model.phases()).extracting(p -> p.name().sv())
                .containsExactly("Nätverksfas", "Klusterbildning", "Konsolidering och utveckling", "Innovation");
        assertThat(model.dimensions()).extracting(Dimension::code).containsExactly("S", "O", "N", "A", "F");
        assertThat(model.criteria()).hasSize(33);
        assertThat(model.criterion("S2.1")).hasValueSatisfying(c -> {
            assertThat(c.phase()).isEqualTo(2);
            assertThat(c.text().en()).startsWith("Long-term objectives formulated");
            assertThat(c.text().sv()).startsWith("Långsiktiga mål");
        });
        assertThat(model.areas()).hasSize(3);
        assertThat(model.levels()).extracting(l -> l.name().sv())
                .containsExactly("Allmänt arbete", "Riktade insatser", "Transformativt arbete");
    }

    @Test
    @SignedInAs(NMS_POLITICIAN)
    void the2017RoundHasSixteenFixedResultsWithFinancingTheWeakestAtMedianTwoAndAHalf() {
        var round = assessments.rounds().stream().filter(r -> r.name().equals("2017")).findFirst().orElseThrow();
        assertThat(round.assessments()).isEqualTo(16);
        assertThat(round.fixed()).isEqualTo(16);

        var matrix = assessments.matrix(round.id());

        assertThat(matrix.rows()).hasSize(16);
        assertThat(matrix.dimensionMedians().get("F").toPlainString()).isEqualTo("2.5");
        assertThat(matrix.dimensionMedians()).allSatisfy((dimension, median) -> {
            if (!dimension.equals("F")) {
                assertThat(median).isGreaterThan(matrix.dimensionMedians().get("F"));
            }
        });
        assertThat(matrix.rows()).extracting(MatrixRow::letter).doesNotHaveDuplicates().hasSize(16);
        var findIt = matrix.rows().stream().filter(r -> r.clusterName().equals("FindIT")).findFirst().orElseThrow();
        assertThat(findIt.evaluation().dimension("N").notCounted()).containsExactly("N4.1");
        assertThat(matrix.areaMedians()).containsKeys("GENDER_EQUALITY", "EQUAL_OPPORTUNITIES", "ENVIRONMENT");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void skaneHasNoRoundFromNorraMellansverigesStudy() {
        assertThat(assessments.rounds()).extracting(RoundSummary::name).doesNotContain("2017");
    }
}
