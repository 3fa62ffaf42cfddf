package se.klusterportalen.cluster;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * What part of the portfolio to read and in which order, as the portfolio grid filters and sorts it. Filters combine
 * (all must hold); {@code null} means no filter.
 *
 * @param nameContains part of the name, any case
 * @param sector       the sector, exactly
 * @param area         a smart-specialisation area's id
 * @param sort         the first sort key; ties go by name (Swedish collation), then id
 * @param descending   whether the first key sorts descending (the ties stay ascending)
 * @param text         part of the name, the sector or the county's official name, any case (the grid's search field)
 */
public record PortfolioQuery(@Nullable String nameContains, @Nullable ClusterStatus status, @Nullable String sector,
                             @Nullable County county, @Nullable UUID area, Sort sort, boolean descending,
                             @Nullable String text) {

    /** A query without the search field's filter. */
    public PortfolioQuery(@Nullable String nameContains, @Nullable ClusterStatus status, @Nullable String sector,
                          @Nullable County county, @Nullable UUID area, Sort sort, boolean descending) {
        this(nameContains, status, sector, county, area, sort, descending, null);
    }

    /** The portfolio grid's sort keys. */
    public enum Sort {
        /** Name in Swedish collation. */
        NAME,
        /** Sector in Swedish collation, clusters without one first. */
        SECTOR,
        /** The county's official name in Swedish collation, clusters without one first. */
        COUNTY,
        /** SETTING_UP, ACTIVE, CLOSED. */
        STATUS,
        /** The latest year's member count, clusters without one first. */
        MEMBERS,
        /** ECCP: not eligible, eligible, registered (the grid's ECCP column). */
        ECCP,
        /**
         * The current label (highest valid today): level, then last valid day; clusters without one first. Ranked
         * by the label feature ({@link PortfolioRanking}); needs {@code label.view}.
         */
        LABEL,
        /**
         * The overall phase of the latest fixed assessment, a tie marked {@code *} after the plain phase and
         * {@code **} after that; clusters without one first. Ranked by the assessment feature
         * ({@link PortfolioRanking}); needs {@code assessment.view}.
         */
        PHASE
    }

    /**
     * One page of the portfolio.
     *
     * @param rows  the page's rows in the query's order
     * @param total how many clusters the whole filtered list has (-1 when the read did not count them)
     */
    public record Page(List<PortfolioRow> rows, long total) {

        public Page {
            rows = List.copyOf(rows);
        }
    }
}
