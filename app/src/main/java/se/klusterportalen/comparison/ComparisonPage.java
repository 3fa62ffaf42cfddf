package se.klusterportalen.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the comparison page shows the signed-in user.
 *
 * @param optedIn      whether the user's region takes part
 * @param mayChange    whether the user may opt the region in or out (programme officers)
 * @param computedAt   when the figures were last computed (UTC); empty before the first computation
 * @param regions      how many regions took part then; empty when suppressed (fewer than 3) or not computed
 * @param figures      the figures, own next to anonymised; empty unless the region takes part
 */
public record ComparisonPage(boolean optedIn, boolean mayChange, Optional<Instant> computedAt,
                             Optional<Integer> regions, List<ComparedFigure> figures) {

    public ComparisonPage {
        figures = List.copyOf(figures);
    }
}
