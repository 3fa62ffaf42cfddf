package se.klusterportalen.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.text.Collation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;

/**
 * Issue #19: the matrix read without entities, a page at a time, is the matrix read whole: the same medians and
 * counts, the same rows in the same order, sorted by a column as the grid sorted them in memory.
 */
@IntegrationTest
@Transactional
@SignedInAs(NMS_POLITICIAN)
class MatrixPagesIntegrationTest {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    @Autowired AssessmentService assessments;

    private RoundSummary round2017() {
        return assessments.rounds().stream().filter(r -> r.name().equals("2017")).findFirst().orElseThrow();
    }

    private List<MatrixRow> paged(MatrixOrder order) {
        var rows = new ArrayList<MatrixRow>();
        for (int offset = 0; offset < 20; offset += 5) {
            rows.addAll(assessments.matrixRows(round2017().id(), order, SWEDISH, offset, 5));
        }
        return rows;
    }

    @Test
    void theSummaryHasTheWholeMatrixsCountsAndMedians() {
        var whole = assessments.matrix(round2017().id());

        var summary = assessments.matrixSummary(round2017().id());

        assertThat(summary.round()).isEqualTo(whole.round()).isEqualTo(round2017());
        assertThat(summary.round().fixed()).isEqualTo(16);
        assertThat(summary.rows()).isEqualTo(16);
        assertThat(summary.dimensionMedians()).isEqualTo(whole.dimensionMedians());
        assertThat(summary.dimensionMedians().get("F").toPlainString()).isEqualTo("2.5");
        assertThat(summary.overallMedian()).isEqualTo(whole.overallMedian());
        assertThat(summary.areaMedians()).isEqualTo(whole.areaMedians()).isNotEmpty();
        assertThat(summary.model()).isEqualTo(whole.model());
    }

    @Test
    void pageByPageTheRowsAreTheWholeMatrixsByNameOrByLetter() {
        var whole = assessments.matrix(round2017().id());

        assertThat(paged(MatrixOrder.byName(false))).hasSize(16)
                .isEqualTo(whole.rows().stream().sorted(Collation.comparing(MatrixRow::clusterName, SWEDISH)).toList());
        assertThat(paged(MatrixOrder.byName(true))).extracting(MatrixRow::letter)
                .startsWith("A", "B").endsWith("P").hasSize(16);
        assertThat(paged(new MatrixOrder("cluster", true, false)).getFirst())
                .isEqualTo(paged(MatrixOrder.byName(false)).getLast());
    }

    @Test
    void sortedByADimensionThePhasesRiseAndTiesStayInNameOrder() {
        var byFinancing = paged(new MatrixOrder("F", false, false));

        assertThat(byFinancing).hasSize(16);
        assertThat(byFinancing).isSortedAccordingTo(Comparator.comparingInt((MatrixRow r) -> r.evaluation().phaseOf("F"))
                .thenComparing(Collation.comparing(MatrixRow::clusterName, SWEDISH)));
        assertThat(paged(new MatrixOrder("F", true, false)).getFirst().evaluation().phaseOf("F"))
                .isEqualTo(byFinancing.getLast().evaluation().phaseOf("F"));
        assertThat(paged(new MatrixOrder("ENVIRONMENT", false, false))).hasSize(16);
    }
}
