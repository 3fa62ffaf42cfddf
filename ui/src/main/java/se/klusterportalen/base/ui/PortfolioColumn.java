package se.klusterportalen.base.ui;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A column of the portfolio grid contributed by another feature (phase, current label). Implementations are
 * Spring beans; values are fetched for all shown clusters at once, never row by row.
 */
public interface PortfolioColumn {

    int order();

    /** Message key of the column header. */
    String headerKey();

    boolean visible();

    /**
     * The name of the portfolio query's sort ({@code se.klusterportalen.cluster.PortfolioQuery.Sort}) that orders
     * the grid by this column in the database, e.g. {@code "LABEL"}; empty for a column that cannot be sorted.
     */
    default java.util.Optional<String> sortKey() {
        return java.util.Optional.empty();
    }

    /** The text per cluster; clusters without a value may be missing from the map. */
    Map<UUID, String> values(Collection<UUID> clusterIds);
}
