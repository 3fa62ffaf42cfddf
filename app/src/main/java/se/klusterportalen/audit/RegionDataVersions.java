package se.klusterportalen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.tenancy.RegionOwned;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A region's counters per {@link DataKind} (table {@code data_version}, V98): written only by the database trigger
 * {@code data_version} in the transaction of a change, read here. Region-owned twice: Hibernate's tenant id
 * ({@link RegionOwned}, the region code is also the key) filters the read, row-level security ({@code
 * make_region_owned}) the table. Not audited: the counters are how the region's history is summed up, not history.
 */
@Entity
@Immutable
@Table(name = "data_version")
class RegionDataVersions extends RegionOwned {

    @Id
    @Column(name = "region_code", insertable = false, updatable = false)
    private @Nullable String region;

    private long clusters;
    @Column(name = "profile_texts")
    private long profileTexts;
    private long members;
    private long people;
    private long programmes;
    private long funding;
    private long assessments;
    private long labels;
    private long indicators;
    private long comparison;

    protected RegionDataVersions() {
    }

    /** The counter of one kind. */
    long counter(DataKind kind) {
        return switch (kind) {
            case CLUSTERS -> clusters;
            case PROFILE_TEXTS -> profileTexts;
            case MEMBERS -> members;
            case PEOPLE -> people;
            case PROGRAMMES -> programmes;
            case FUNDING -> funding;
            case ASSESSMENTS -> assessments;
            case LABELS -> labels;
            case INDICATORS -> indicators;
            case COMPARISON -> comparison;
        };
    }

    /** The version of these kinds; every counter 0 without a row (the region never changed data). */
    static DataVersion of(@Nullable RegionDataVersions row, Set<DataKind> kinds) {
        Map<DataKind, Long> counters = new EnumMap<>(DataKind.class);
        for (DataKind kind : kinds) {
            counters.put(kind, row == null ? 0L : row.counter(kind));
        }
        return new DataVersion(counters);
    }
}
