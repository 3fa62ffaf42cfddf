package se.klusterportalen.cluster;

import java.util.Map;

/**
 * A sort of the portfolio whose values another feature owns ({@link PortfolioQuery.Sort#LABEL},
 * {@link PortfolioQuery.Sort#PHASE}): the feature ranks each cluster in SQL and the portfolio's query orders by that
 * rank, so the database sorts and cuts the page (issue #19) without this feature knowing the other's tables. One
 * Spring bean per sort, in the feature that owns the data.
 */
public interface PortfolioRanking {

    /** The sort this bean ranks. */
    PortfolioQuery.Sort sort();

    /**
     * The rank of the cluster row {@code c} (table {@code cluster}) for the signed-in user's region, lowest first.
     *
     * @return an SQL expression (a scalar subquery over {@code c.id}) giving a number, or NULL for a cluster without
     *         a value (sorted first ascending, as the grid's empty values); its named parameters with their values,
     *         names prefixed with the sort's name so they never clash
     * @throws se.klusterportalen.rejection.Rejection.Forbidden if the signed-in user may not see the ranked values
     */
    Rank rank();

    /**
     * An SQL expression and its named parameters.
     *
     * @param sql        the expression, e.g. {@code SELECT max(...) FROM ... WHERE x.cluster_id = c.id}
     * @param parameters the values of its {@code :name} parameters
     */
    record Rank(String sql, Map<String, Object> parameters) {

        public Rank {
            parameters = Map.copyOf(parameters);
        }
    }
}
