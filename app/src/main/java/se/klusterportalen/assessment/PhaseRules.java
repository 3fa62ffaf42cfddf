package se.klusterportalen.assessment;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The phase model's rules (shared/DOMAIN.md, "Rules"), as pure functions. */
final class PhaseRules {

    private PhaseRules() {
    }

    static PhaseEvaluation evaluate(PhaseModel model, Set<String> met) {
        return prepared(model).evaluate(met);
    }

    /**
     * The highest phase whose criteria, and those of every earlier phase, are all met; 0 when phase 1 is not
     * complete. Criteria met above the first gap do not count.
     */
    static DimensionPhase dimensionPhase(PhaseModel model, Dimension dimension, Set<String> met) {
        return prepared(model).dimensionPhase(model.dimensions().indexOf(dimension), met);
    }

    /** The model last prepared: the catalog keeps one instance per framework version, so this is nearly always it. */
    private static volatile @Nullable Prepared last;

    /** The model's criteria laid out for evaluating many results (issue #19: a portfolio matrix evaluates hundreds). */
    static Prepared prepared(PhaseModel model) {
        Prepared prepared = last;
        if (prepared == null || prepared.model != model) {
            prepared = new Prepared(model);
            last = prepared;
        }
        return prepared;
    }

    /**
     * A phase model's criteria per dimension and phase as arrays, so evaluating a result needs no stream, list or
     * filter: the same rules and answers as {@link #dimensionPhase} and {@link #overall} state.
     */
    static final class Prepared {

        private final PhaseModel model;
        private final int[] phaseNumbers;
        private final int highest;
        /** [dimension][phase number] the codes of the dimension's criteria of that phase, in the model's order. */
        private final String[][][] codes;
        /** [dimension] every criterion's code and phase, in the model's order. */
        private final String[][] criterionCodes;
        private final int[][] criterionPhases;

        private Prepared(PhaseModel model) {
            this.model = model;
            this.phaseNumbers = model.phases().stream().mapToInt(Phase::number).toArray();
            this.highest = model.highestPhase();
            int top = 0;
            for (int number : phaseNumbers) {
                top = Math.max(top, number);
            }
            for (Dimension dimension : model.dimensions()) {
                for (Criterion criterion : dimension.criteria()) {
                    top = Math.max(top, criterion.phase());
                }
            }
            int dimensions = model.dimensions().size();
            codes = new String[dimensions][][];
            criterionCodes = new String[dimensions][];
            criterionPhases = new int[dimensions][];
            for (int d = 0; d < dimensions; d++) {
                Dimension dimension = model.dimensions().get(d);
                codes[d] = new String[top + 1][];
                for (int phase = 0; phase <= top; phase++) {
                    int number = phase;
                    codes[d][phase] = dimension.criteria().stream().filter(c -> c.phase() == number)
                            .map(Criterion::code).toArray(String[]::new);
                }
                criterionCodes[d] = dimension.criteria().stream().map(Criterion::code).toArray(String[]::new);
                criterionPhases[d] = dimension.criteria().stream().mapToInt(Criterion::phase).toArray();
            }
        }

        PhaseEvaluation evaluate(Set<String> met) {
            var dimensions = new DimensionPhase[codes.length];
            int[] phases = new int[codes.length];
            for (int d = 0; d < codes.length; d++) {
                dimensions[d] = dimensionPhase(d, met);
                phases[d] = dimensions[d].phase();
            }
            var overall = overall(phases);
            return new PhaseEvaluation(model.version(), List.of(dimensions), overall.phase(), overall.tieBreak(),
                    overall.tiedPhases(), overall.mean());
        }

        DimensionPhase dimensionPhase(int d, Set<String> met) {
            int phase = 0;
            for (int candidate : phaseNumbers) {
                if (!containsAll(met, codesOf(d, candidate))) {
                    break;
                }
                phase = candidate;
            }
            List<String> missing = List.of();
            String[] next = codesOf(d, phase + 1);
            for (String code : next) {
                if (!met.contains(code)) {
                    missing = new ArrayList<>(next.length);
                    for (String each : next) {
                        if (!met.contains(each)) {
                            missing.add(each);
                        }
                    }
                    break;
                }
            }
            List<String> notCounted = List.of();
            for (int i = 0; i < criterionCodes[d].length; i++) {
                if (criterionPhases[d][i] > phase + 1 && met.contains(criterionCodes[d][i])) {
                    if (notCounted.isEmpty()) {
                        notCounted = new ArrayList<>();
                    }
                    notCounted.add(criterionCodes[d][i]);
                }
            }
            return new DimensionPhase(model.dimensions().get(d).code(), phase, phase == highest, missing, notCounted);
        }

        private String[] codesOf(int d, int phase) {
            return phase >= 0 && phase < codes[d].length ? codes[d][phase] : NONE;
        }

        private static boolean containsAll(Set<String> met, String[] codes) {
            for (String code : codes) {
                if (!met.contains(code)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String[] NONE = new String[0];

    record Overall(int phase, TieBreak tieBreak, List<Integer> tiedPhases, BigDecimal mean) {
    }

    /**
     * The mode of the phases; between equally frequent phases the one closest to the mean; if that still ties,
     * the lower one.
     */
    static Overall overall(List<Integer> phases) {
        return overall(phases.stream().mapToInt(Integer::intValue).toArray());
    }

    /** As {@link #overall(List)}, without boxing (a handful of phases: counted by comparing each with each). */
    static Overall overall(int[] phases) {
        if (phases.length == 0) {
            throw new IllegalArgumentException("No phases to combine");
        }
        int count = phases.length;
        int sum = 0;
        int highestFrequency = 0;
        for (int phase : phases) {
            sum += phase;
            highestFrequency = Math.max(highestFrequency, frequency(phases, phase));
        }
        // the modes in ascending order, each once
        int[] modes = new int[count];
        int modeCount = 0;
        for (int phase : phases) {
            if (frequency(phases, phase) == highestFrequency && indexOf(modes, modeCount, phase) < 0) {
                modes[modeCount++] = phase;
            }
        }
        java.util.Arrays.sort(modes, 0, modeCount);
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (modeCount == 1) {
            return new Overall(modes[0], TieBreak.NONE, List.of(modes[0]), mean);
        }
        // |mode - sum/count| compared as |mode*count - sum|: exact, no rounding; the lower of equally close ones
        int closest = modes[0];
        for (int i = 1; i < modeCount; i++) {
            if (Math.abs(modes[i] * count - sum) < Math.abs(closest * count - sum)) {
                closest = modes[i];
            }
        }
        int equallyClose = 0;
        var tied = new ArrayList<Integer>(modeCount);
        for (int i = 0; i < modeCount; i++) {
            tied.add(modes[i]);
            if (Math.abs(modes[i] * count - sum) == Math.abs(closest * count - sum)) {
                equallyClose++;
            }
        }
        var tieBreak = equallyClose > 1 ? TieBreak.LOWER_OF_EQUALLY_CLOSE : TieBreak.CLOSEST_TO_MEAN;
        return new Overall(closest, tieBreak, tied, mean);
    }

    private static int frequency(int[] phases, int phase) {
        int frequency = 0;
        for (int each : phases) {
            if (each == phase) {
                frequency++;
            }
        }
        return frequency;
    }

    private static int indexOf(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
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

}
