package se.klusterportalen.funding;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.audit.AuditHistoryService;
import se.klusterportalen.audit.DataVersion;
import se.klusterportalen.audit.RegionDataCache;
import se.klusterportalen.programme.ProgrammeId;
import se.klusterportalen.tenancy.RegionContext;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the programme's funding page reads, kept per region and version of its audited data ({@link RegionDataCache},
 * as the overview and the region report; issue #19): the programme's sums and the pages of its cluster list. Every
 * session of the region that opens the page while nothing changed gets the same immutable records without reading
 * and summing again; a committed change is a new {@link DataVersion} and so a new key. Inside a caller's transaction
 * (its own changes may have no revision yet), or without a region, nothing is cached: the figures are read there.
 * Otherwise the version is read first and the figures after it, each in its own read-only transaction, so a kept
 * entry is never older than its version.
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
    private final AuditHistoryService audit;
    private final TransactionTemplate readOnly;

    FundingFigures(AuditHistoryService audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    ProgrammeTotals totals(ProgrammeId programme, Supplier<ProgrammeTotals> read) {
        Optional<String> region = cacheableRegion();
        if (region.isEmpty()) {
            return inTransaction(read);
        }
        return totals.get(new TotalsKey(region.get(), audit.dataVersion(), programme), () -> inTransaction(read));
    }

    List<ClusterFundingPlan> page(ProgrammeId programme, long offset, int limit, Supplier<List<ClusterFundingPlan>> read) {
        Optional<String> region = cacheableRegion();
        if (region.isEmpty()) {
            return inTransaction(read);
        }
        return pages.get(new PageKey(region.get(), audit.dataVersion(), programme, offset, limit),
                () -> List.copyOf(inTransaction(read)));
    }

    private static Optional<String> cacheableRegion() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? Optional.empty() : RegionContext.current();
    }

    private <T> T inTransaction(Supplier<T> read) {
        T value = readOnly.execute(status -> read.get());
        if (value == null) {
            throw new IllegalStateException("no value read");
        }
        return value;
    }
}
