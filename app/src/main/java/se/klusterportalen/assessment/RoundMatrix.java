package se.klusterportalen.assessment;

import se.klusterportalen.text.Collation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A round's matrix as the matrix page reads it, made once per region and data version ({@link MatrixCache}, issue
 * #19): the summary with the medians, and every fixed result evaluated, with the orders the grids ask for (by name
 * in a language, by letter) sorted once. Shared between sessions and threads: the rows are immutable records, the
 * orders immutable lists made at most once per language (or twice when two callers ask at the same moment). The
 * matrix page takes it once per navigation ({@link AssessmentService#matrixPages}) and pages both grids from it: one
 * version read, and the count, the summary and every page are one snapshot (ADR 0094).
 */
public final class RoundMatrix {

    private final MatrixSummary summary;
    private final List<MatrixRow> rows;
    private final Map<String, List<MatrixRow>> orders = new ConcurrentHashMap<>();

    RoundMatrix(MatrixSummary summary, List<MatrixRow> rows) {
        this.summary = summary;
        this.rows = List.copyOf(rows);
    }

    /** The round, the model, how many fixed results and the medians. */
    public MatrixSummary summary() {
        return summary;
    }

    /** Every row by name in {@code language}'s order, or by letter (A … Z, AA …) when names are hidden. */
    List<MatrixRow> ordered(boolean anonymous, Locale language) {
        return orders.computeIfAbsent(anonymous ? "letters" : language.toLanguageTag(), order -> {
            var sorted = new ArrayList<>(rows);
            sorted.sort(anonymous
                    ? Comparator.comparing((MatrixRow r) -> r.letter().length()).thenComparing(MatrixRow::letter)
                    : Collation.comparing(MatrixRow::clusterName, language));
            return List.copyOf(sorted);
        });
    }

    /** One page of the rows in {@code order} (see {@link MatrixOrder}); a column's ties stay in name or letter order. */
    public List<MatrixRow> page(MatrixOrder order, Locale language, long offset, int limit) {
        List<MatrixRow> base = ordered(order.anonymous(), language);
        String key = order.key();
        List<MatrixRow> sorted;
        if (key == null || key.equals("cluster")) {
            sorted = base;
            if (key != null && order.descending()) {
                sorted = new ArrayList<>(base);
                Collections.reverse(sorted);
            }
        } else {
            Comparator<MatrixRow> byColumn;
            if (key.equals("overall")) {
                byColumn = Comparator.comparing(row -> row.evaluation().overallMarked());
            } else if (summary.model().dimensions().stream().anyMatch(dimension -> dimension.code().equals(key))) {
                byColumn = Comparator.comparingInt(row -> row.evaluation().phaseOf(key));
            } else {
                byColumn = Comparator.comparing(row -> row.areaLevels().get(key),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            }
            sorted = new ArrayList<>(base);
            sorted.sort(order.descending() ? byColumn.reversed() : byColumn); // stable
        }
        return sorted.stream().skip(offset).limit(limit).toList();
    }
}
