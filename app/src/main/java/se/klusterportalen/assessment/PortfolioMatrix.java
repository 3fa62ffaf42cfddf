package se.klusterportalen.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed results of a round: clusters × dimensions + overall, and the medians across the portfolio (a median
 * can be a half). Medians are missing where no cluster has a value.
 */
public record PortfolioMatrix(RoundSummary round, PhaseModel model, List<MatrixRow> rows,
                              Map<String, BigDecimal> dimensionMedians, Optional<BigDecimal> overallMedian,
                              Map<String, BigDecimal> areaMedians) {

    public PortfolioMatrix {
        rows = List.copyOf(rows);
        dimensionMedians = Map.copyOf(dimensionMedians);
        areaMedians = Map.copyOf(areaMedians);
    }
}
