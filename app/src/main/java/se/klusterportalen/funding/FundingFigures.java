package se.klusterportalen.funding;

import org.springframework.stereotype.Component;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.audit.RegionDataReads;
import se.klusterportalen.programme.ProgrammeId;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the programme's funding page reads, kept per region and version of its audited data ({@link RegionDataCache},
 * as the overview and the region report; issue #19): the programme's sums and the pages of its cluster list. Every
 * session of the region that opens the page while nothing changed gets the same immutable records without reading
 * and summing again; a committed change is a new {@link DataVersion} and so a new key. Read through
 * {@link RegionDataReads}: never cached inside a caller's transaction, never older than the version it is kept by.
 */
@Component
class FundingFigures {

    /** Programmes' sums kept: a few per region of the most recently used regions. */
    static final int TOTALS = 64;
    /** Pages of cluster lists kept (about 150 KB each: 50 plans of 40 amounts). */
    static final int PAGES = 64;

    record TotalsKey(String region, DataVersion version, ProgrammeId programme) implements RegionDataCache.Key {
    }

    record PageKey(String region, DataVersion version, ProgrammeId programme, long offset, int limit)
            implements RegionDataCache.Key {
    }

    private final RegionDataCache<TotalsKey, ProgrammeTotals> totals = new RegionDataCache<>(TOTALS);
    private final RegionDataCache<PageKey, List<ClusterFundingPlan>> pages = new RegionDataCache<>(PAGES);
    private final RegionDataReads reads;

    FundingFigures(RegionDataReads reads) {
        this.reads = reads;
    }

    ProgrammeTotals totals(ProgrammeId programme, Supplier<ProgrammeTotals> read) {
        return reads.read(totals, (region, version) -> new TotalsKey(region, version, programme), read);
    }

    List<ClusterFundingPlan> page(ProgrammeId programme, long offset, int limit, Supplier<List<ClusterFundingPlan>> read) {
        return reads.read(pages, (region, version) -> new PageKey(region, version, programme, offset, limit),
                () -> List.copyOf(read.get()));
    }
}
