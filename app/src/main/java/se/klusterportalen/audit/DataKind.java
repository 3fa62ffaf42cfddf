package se.klusterportalen.audit;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A kind of a region's data with its own counter in the region's {@link DataVersion} (issue #19, ADR 0094). Each is
 * a column of table {@code data_version} (V98), raised in the same transaction as a change of one of its tables by
 * the trigger {@code data_version}; a cache keyed by the kinds it reads keeps its entries when another kind changes.
 */
public enum DataKind {
    /** Clusters: names, status, sector, county, dates, ECCP and communication plan, management staffing, areas. */
    CLUSTERS,
    /** A cluster's free texts: description, host organisation and its number, web addresses. */
    PROFILE_TEXTS,
    /** Member organisations and member counts per year. */
    MEMBERS,
    /** Contact persons, cluster managers, user accounts. */
    PEOPLE,
    /** Programmes, their clusters, goals and milestones. */
    PROGRAMMES,
    /** Funding streams, envelopes, plans and amounts. */
    FUNDING,
    /** Assessment rounds, assessments and answers. */
    ASSESSMENTS,
    /** ECEI labels, label goals, gold indicator ratings. */
    LABELS,
    /** Indicator rounds, indicators, reported values, cluster networks. */
    INDICATORS,
    /** Participation in the comparison across regions and own figures. */
    COMPARISON;

    /** Every kind: what a value made from all of a region's data (the region report) is keyed by. */
    public static final Set<DataKind> ALL = Set.copyOf(EnumSet.allOf(DataKind.class));

    /** The column of {@code data_version}. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
