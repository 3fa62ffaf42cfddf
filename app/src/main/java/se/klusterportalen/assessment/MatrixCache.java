package se.klusterportalen.assessment;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import se.klusterportalen.audit.DataKind;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.audit.RegionDataReads;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rounds' matrices ({@link RoundMatrix}) kept per region and version of its audited data ({@link
 * RegionDataCache}, as the overview and the region report; issue #19; the kinds it reads: {@link #KINDS}, ADR 0094): the matrix page's summary, both grids' pages
 * and their sorts are served from one evaluation of the round's fixed results while nothing changed in the region;
 * a committed change is a new {@link DataVersion} and so a new key. Read through {@link RegionDataReads}: never
 * cached inside a caller's transaction, never older than the version it is kept by.
 */
@Component
class MatrixCache {

    /** Rounds kept (about 0.3 MB each for 300 fixed results). */
    static final int ENTRIES = 32;

    /** What a round's matrix is made from: the assessments and the clusters' names. */
    static final Set<DataKind> KINDS = Set.of(DataKind.ASSESSMENTS, DataKind.CLUSTERS);

    record Key(String region, DataVersion version, UUID round) implements RegionDataCache.Key {
    }

    private final RegionDataCache<Key, RoundMatrix> matrices;
    private final RegionDataReads reads;

    MatrixCache(RegionDataReads reads, MeterRegistry meters) {
        this.reads = reads;
        this.matrices = new RegionDataCache<>("matrix", KINDS, ENTRIES, meters);
    }

    RoundMatrix get(UUID round, Supplier<RoundMatrix> read) {
        return reads.read(matrices, (region, version) -> new Key(region, version, round), read);
    }
}
