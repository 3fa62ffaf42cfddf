package se.klusterportalen.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The portfolio matrix of a round without its rows (issue #19: a view shows the rows a page at a time with
 * {@link AssessmentService#matrixRows}): the round, its phase model, how many fixed results there are and the
 * medians across all of them, as in {@link PortfolioMatrix}.
 */
public record MatrixSummary(RoundSummary round, PhaseModel model, int rows, Map<String, BigDecimal> dimensionMedians,
                            Optional<BigDecimal> overallMedian, Map<String, BigDecimal> areaMedians) {

    public MatrixSummary {
        dimensionMedians = Map.copyOf(dimensionMedians);
        areaMedians = Map.copyOf(areaMedians);
    }
}
