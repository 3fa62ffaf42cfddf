package se.klusterportalen.funding;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * What the generator proposes for each year of a tapering plan.
 *
 * @param step the yearly decrease: kronor for a linear plan, percent (one decimal) for equal percentage steps
 */
public record TaperingProposal(TaperingPlan plan, SortedMap<Integer, Long> amounts, BigDecimal step) {

    public TaperingProposal {
        amounts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(amounts));
    }

    public long total() {
        return amounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
