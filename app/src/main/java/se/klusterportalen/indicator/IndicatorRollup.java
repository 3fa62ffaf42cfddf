package se.klusterportalen.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator over the region's rounds, summed across clusters and networks where summing keeps the meaning.
 * Source: issue 12 ("1 416 + 2 ej summerbara"; ranges summed as ranges).
 */
public record IndicatorRollup(IndicatorDefinition indicator, List<RoundTotal> rounds) {

    public IndicatorRollup {
        rounds = List.copyOf(rounds);
    }

    /**
     * @param sum          the sum of the exact values and of the sums of parts
     * @param summed       how many values went into {@code sum}
     * @param rangeLow     the sum of the ranges' low ends (0 when no range)
     * @param rangeHigh    the sum of the ranges' high ends (0 when no range)
     * @param ranges       how many ranges were summed
     * @param notSummable  values with a number that cannot be added (approximate, at least, uncertain, with an
     *                     alternative count), or every value when the indicator is not summable
     * @param missing      values not available or not reported
     */
    public record RoundTotal(MeasurementRound round, BigDecimal sum, int summed, BigDecimal rangeLow,
                             BigDecimal rangeHigh, int ranges, int notSummable, int missing) {

        public boolean reported() {
            return summed + ranges + notSummable > 0;
        }
    }
}
