package se.klusterportalen.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The phase model's rules (shared/DOMAIN.md, "Rules"), as pure functions. */
final class PhaseRules {

    private PhaseRules() {
    }

    static PhaseEvaluation evaluate(PhaseModel model, Set<String> met) {
        var dimensions = model.dimensions().stream().map(d -> dimensionPhase(model, d, met)).toList();
        var overall = overall(dimensions.stream().map(DimensionPhase::phase).toList());
        return new PhaseEvaluation(model.version(), dimensions, overall.phase(), overall.tieBreak(),
                overall.tiedPhases(), overall.mean());
    }

    /**
     * The highest phase whose criteria, and those of every earlier phase, are all met; 0 when phase 1 is not
     * complete. Criteria met above the first gap do not count.
     */
    static DimensionPhase dimensionPhase(PhaseModel model, Dimension dimension, Set<String> met) {
        int phase = 0;
        for (Phase candidate : model.phases()) {
            if (!met.containsAll(codes(dimension.criteriaOfPhase(candidate.number())))) {
                break;
            }
            phase = candidate.number();
        }
        int reached = phase;
        List<String> missing = codes(dimension.criteriaOfPhase(reached + 1)).stream()
                .filter(code -> !met.contains(code)).toList();
        List<String> notCounted = dimension.criteria().stream().filter(c -> c.phase() > reached + 1)
                .map(Criterion::code).filter(met::contains).toList();
        return new DimensionPhase(dimension.code(), reached, reached == model.highestPhase(), missing, notCounted);
    }

    record Overall(int phase, TieBreak tieBreak, List<Integer> tiedPhases, BigDecimal mean) {
    }

    /**
     * The mode of the phases; between equally frequent phases the one closest to the mean; if that still ties,
     * the lower one.
     */
    static Overall overall(List<Integer> phases) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("No phases to combine");
        }
        Map<Integer, Integer> frequency = new TreeMap<>();
        phases.forEach(phase -> frequency.merge(phase, 1, Integer::sum));
        int highestFrequency = frequency.values().stream().max(Integer::compare).orElseThrow();
        List<Integer> modes = frequency.entrySet().stream().filter(e -> e.getValue() == highestFrequency)
                .map(Map.Entry::getKey).toList();
        int sum = phases.stream().mapToInt(Integer::intValue).sum();
        int count = phases.size();
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (modes.size() == 1) {
            return new Overall(modes.getFirst(), TieBreak.NONE, modes, mean);
        }
        // |mode - sum/count| compared as |mode*count - sum|: exact, no rounding
        Comparator<Integer> byDistanceToMean = Comparator.comparingInt(mode -> Math.abs(mode * count - sum));
        int closest = modes.stream().min(byDistanceToMean.thenComparing(Comparator.naturalOrder())).orElseThrow();
        long equallyClose = modes.stream().filter(m -> Math.abs(m * count - sum) == Math.abs(closest * count - sum))
                .count();
        var tieBreak = equallyClose > 1 ? TieBreak.LOWER_OF_EQUALLY_CLOSE : TieBreak.CLOSEST_TO_MEAN;
        return new Overall(closest, tieBreak, modes, mean);
    }

    /** The median; with an even count the mean of the middle two, so it can be a half (2.5). */
    static Optional<BigDecimal> median(Collection<Integer> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(BigDecimal.valueOf(sorted.get(middle)));
        }
        return Optional.of(BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
                .divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY).stripTrailingZeros());
    }

    private static List<String> codes(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::code).toList();
    }
}
