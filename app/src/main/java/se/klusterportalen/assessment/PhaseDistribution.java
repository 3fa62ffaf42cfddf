package se.klusterportalen.assessment;

import se.klusterportalen.cluster.ClusterId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * How the clusters of the newest fixed round spread over the phases, overall and per dimension, with the medians,
 * and the change since the previous fixed round (a round counts as fixed once it has a fixed result; only fixed
 * results are counted, see {@link PortfolioMatrix}).
 *
 * @param newest   the newest round's portfolio matrix (also the heat map)
 * @param previous the fixed round before it, if any
 * @param phases   the column heads: the model's phases, with 0 first when a cluster has not reached phase 1
 * @param overall  the overall phase row
 * @param dimensions one row per dimension of the newest round's model, in the model's order
 * @param rose     clusters in both rounds whose overall phase rose
 * @param fell     clusters in both rounds whose overall phase fell
 * @param same     clusters in both rounds whose overall phase stayed the same
 */
public record PhaseDistribution(PortfolioMatrix newest, Optional<PortfolioMatrix> previous, List<Integer> phases,
                                Row overall, List<Row> dimensions, int rose, int fell, int same) {

    public PhaseDistribution {
        phases = List.copyOf(phases);
        dimensions = List.copyOf(dimensions);
    }

    /**
     * One line of the distribution.
     *
     * @param dimensionCode   the dimension's code, empty for the overall phase
     * @param counts          clusters per phase, in the order of {@link PhaseDistribution#phases()}
     * @param previousCounts  the same in the previous round (empty without one)
     * @param median          the median phase (can be a half); empty without clusters
     * @param previousMedian  the previous round's median
     */
    public record Row(Optional<String> dimensionCode, List<Integer> counts, Optional<List<Integer>> previousCounts,
                      Optional<BigDecimal> median, Optional<BigDecimal> previousMedian) {

        public Row {
            counts = List.copyOf(counts);
            previousCounts = previousCounts.map(List::copyOf);
        }

        /** The change of the median since the previous round (e.g. +0.5), when both rounds have one. */
        public Optional<BigDecimal> medianChange() {
            return median.flatMap(now -> previousMedian.map(before -> now.subtract(before).stripTrailingZeros()));
        }

        /** The change in clusters per phase since the previous round, in the order of the phases. */
        public Optional<List<Integer>> countChange() {
            return previousCounts.map(before -> {
                var change = new ArrayList<Integer>();
                for (int i = 0; i < counts.size(); i++) {
                    change.add(counts.get(i) - before.get(i));
                }
                return change;
            });
        }
    }

    /** The distribution of {@code newest}, compared with {@code previous} when given. */
    public static PhaseDistribution of(PortfolioMatrix newest, Optional<PortfolioMatrix> previous) {
        PhaseModel model = newest.model();
        var phases = new TreeSet<Integer>();
        model.phases().forEach(phase -> phases.add(phase.number()));
        var all = new ArrayList<>(newest.rows());
        previous.ifPresent(before -> all.addAll(before.rows()));
        for (MatrixRow row : all) {
            phases.add(row.evaluation().overall());
            row.evaluation().dimensions().forEach(d -> phases.add(d.phase()));
        }
        List<Integer> columns = List.copyOf(phases);
        Row overall = row(Optional.empty(), columns, newest, previous, r -> r.evaluation().overall());
        var dimensions = new ArrayList<Row>();
        for (Dimension dimension : model.dimensions()) {
            dimensions.add(row(Optional.of(dimension.code()), columns, newest, previous,
                    r -> phaseOf(r.evaluation(), dimension.code())));
        }
        int rose = 0;
        int fell = 0;
        int same = 0;
        if (previous.isPresent()) {
            Map<ClusterId, Integer> before = previous.get().rows().stream()
                    .collect(Collectors.toMap(MatrixRow::clusterId, r -> r.evaluation().overall(), (a, b) -> a));
            for (MatrixRow row : newest.rows()) {
                Integer then = before.get(row.clusterId());
                if (then == null) {
                    continue;
                }
                int now = row.evaluation().overall();
                if (now > then) {
                    rose++;
                } else if (now < then) {
                    fell++;
                } else {
                    same++;
                }
            }
        }
        return new PhaseDistribution(newest, previous, columns, overall, dimensions, rose, fell, same);
    }

    private static Row row(Optional<String> code, List<Integer> columns, PortfolioMatrix newest,
                           Optional<PortfolioMatrix> previous, ToIntFunction<MatrixRow> phase) {
        return new Row(code, counts(columns, newest.rows(), phase), previous.map(p -> counts(columns, p.rows(), phase)),
                median(newest.rows(), phase), previous.flatMap(p -> median(p.rows(), phase)));
    }

    /** The dimension's phase in the evaluation, -1 when it has none (a result of another model version). */
    private static int phaseOf(PhaseEvaluation evaluation, String code) {
        for (DimensionPhase dimension : evaluation.dimensions()) {
            if (dimension.dimensionCode().equals(code)) {
                return dimension.phase();
            }
        }
        return -1;
    }

    private static List<Integer> counts(List<Integer> columns, Collection<MatrixRow> rows, ToIntFunction<MatrixRow> phase) {
        int[] counts = new int[columns.size()];
        for (MatrixRow row : rows) {
            int index = columns.indexOf(phase.applyAsInt(row));
            if (index >= 0) {
                counts[index]++;
            }
        }
        var list = new ArrayList<Integer>(counts.length);
        for (int count : counts) {
            list.add(count);
        }
        return list;
    }

    private static Optional<BigDecimal> median(Collection<MatrixRow> rows, ToIntFunction<MatrixRow> phase) {
        var phases = new ArrayList<Integer>(rows.size());
        for (MatrixRow row : rows) {
            int p = phase.applyAsInt(row);
            if (p >= 0) {
                phases.add(p);
            }
        }
        return PhaseRules.median(phases);
    }
}
