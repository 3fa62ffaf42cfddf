package se.klusterportalen.funding;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import se.klusterportalen.audit.DataKind;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.audit.RegionDataReads;
import se.klusterportalen.programme.ProgrammeId;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the programme's funding page reads, kept per region and version of its audited data ({@link RegionDataCache},
 * as the overview and the region report; issue #19; the kinds it reads: {@link #KINDS}, ADR 0094): the programme's sums and the pages of its cluster list. Every
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

    /** What the funding page's figures are made from: funding, the programme's clusters and years, cluster names. */
    static final Set<DataKind> KINDS = Set.of(DataKind.FUNDING, DataKind.PROGRAMMES, DataKind.CLUSTERS);

    record TotalsKey(String region, DataVersion version, ProgrammeId programme) implements RegionDataCache.Key {
    }

    record PageKey(String region, DataVersion version, ProgrammeId programme, long offset, int limit)
            implements RegionDataCache.Key {
    }

    private final RegionDataCache<TotalsKey, ProgrammeTotals> totals;
    private final RegionDataCache<PageKey, List<ClusterFundingPlan>> pages;
    private final RegionDataReads reads;

    FundingFigures(RegionDataReads reads, MeterRegistry meters) {
        this.reads = reads;
        this.totals = new RegionDataCache<>("funding-totals", KINDS, TOTALS, meters);
        this.pages = new RegionDataCache<>("funding-pages", KINDS, PAGES, meters);
    }

    ProgrammeTotals totals(ProgrammeId programme, Supplier<ProgrammeTotals> read) {
        return reads.read(totals, (region, version) -> new TotalsKey(region, version, programme), read);
    }

    List<ClusterFundingPlan> page(ProgrammeId programme, long offset, int limit, Supplier<List<ClusterFundingPlan>> read) {
        return reads.read(pages, (region, version) -> new PageKey(region, version, programme, offset, limit),
                () -> List.copyOf(read.get()));
    }
}
