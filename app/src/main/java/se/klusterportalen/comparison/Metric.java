package se.klusterportalen.comparison;

import java.util.List;

/**
 * What the comparison shows, and the categories of each (the stored {@code category} column).
 * <ul>
 *   <li>{@link #PARTICIPATION} – category {@code ALL}: how many opted-in regions and open clusters take part.</li>
 *   <li>{@link #OVERALL_PHASE} – categories {@code 0}…{@code 4}: share in percent of the clusters whose newest fixed
 *       assessment has that overall phase (DOMAIN.md, phase model).</li>
 *   <li>{@link #DIMENSION_MEDIAN} – categories the dimension codes ({@code S}, {@code O}, {@code N}, {@code A},
 *       {@code F}): the median phase (may be a half) over the same clusters.</li>
 *   <li>{@link #LABEL_LEVEL} – categories {@code GOLD}, {@code SILVER}, {@code BRONZE}, {@code NONE}: share in
 *       percent of the open clusters whose current ECEI label has that level.</li>
 *   <li>{@link #REGIONAL_FUNDING_SHARE} – category {@code MEDIAN}: the median over clusters of the region's share
 *       in percent of all funding planned for the cluster.</li>
 * </ul>
 */
public enum Metric {
    PARTICIPATION, OVERALL_PHASE, DIMENSION_MEDIAN, LABEL_LEVEL, REGIONAL_FUNDING_SHARE;

    public static final String ALL = "ALL";
    public static final String MEDIAN = "MEDIAN";
    public static final String NONE = "NONE";
    static final List<String> PHASES = List.of("0", "1", "2", "3", "4");
    static final List<String> LABELS = List.of("GOLD", "SILVER", "BRONZE", NONE);
}
